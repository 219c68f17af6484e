// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace nd {

struct ApiError;

// An inline message strip shown at the top of a dialog instead of a message box. Hidden while empty.
// Colours come from the palette and the icons from the style, so it follows light and dark themes.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    enum class Kind { None, Info, Warning, Error };

    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    // The user message, the API's message and every field violation, one per line. Cancelled is ignored.
    void showError(const nd::ApiError &error);
    void showError(const QString &text);
    void showInfo(const QString &text);
    void showWarning(const QString &text);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

    // As tall as the text needs at the banner's current width (one or two lines for most messages).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showMessage(Kind kind, const QString &text);
    void updateColours();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::None;
    bool m_updatingColours = false;
    int m_heightForWidth = -1; // what sizeHint() last answered for the current width
};

} // namespace nd
