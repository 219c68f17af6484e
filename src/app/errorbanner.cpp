// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"

#include "apierror.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>

namespace nd {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setObjectName(QStringLiteral("errorBanner"));
    // As tall as its text: never given a share of the space meant for the form and tables below it.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setObjectName(QStringLiteral("bannerCloseButton"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        Q_EMIT closed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const ApiError &error)
{
    if (error.isCancelled() || !error.isError()) {
        return;
    }
    showMessage(Kind::Error, error.fullMessage());
}

void ErrorBanner::showError(const QString &text)
{
    showMessage(Kind::Error, text);
}

void ErrorBanner::showInfo(const QString &text)
{
    showMessage(Kind::Info, text);
}

void ErrorBanner::showWarning(const QString &text)
{
    showMessage(Kind::Warning, text);
}

void ErrorBanner::clear()
{
    m_kind = Kind::None;
    m_text->clear();
    hide();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

QSize ErrorBanner::sizeHint() const
{
    QSize hint = QFrame::sizeHint();
    // Parent layouts ask for the hint without a width: answer for the width the banner has (word wrap).
    if (width() > 0 && layout() && layout()->hasHeightForWidth()) {
        hint.setHeight(layout()->totalHeightForWidth(width()));
    }
    return hint;
}

QSize ErrorBanner::minimumSizeHint() const
{
    QSize hint = QFrame::minimumSizeHint();
    hint.setHeight(sizeHint().height());
    return hint;
}

void ErrorBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    const int wanted = sizeHint().height();
    if (wanted != m_heightForWidth) {
        m_heightForWidth = wanted;
        updateGeometry(); // a new width wraps the text differently
    }
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateColours();
    }
}

void ErrorBanner::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString name = tr("Information");
    switch (kind) {
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        name = tr("Error");
        break;
    case Kind::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        name = tr("Warning");
        break;
    case Kind::Info:
    case Kind::None:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    m_text->setText(text);
    m_heightForWidth = -1;
    updateGeometry();
    setAccessibleName(name);
    setAccessibleDescription(text);
    updateColours();
    show();
    // Screen readers announce the new message.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void ErrorBanner::updateColours()
{
    // Derived from the current palette: a tint of the highlight colour over the window background for
    // information, and the tooltip colours (designed for contrast in every theme) for warnings and errors.
    if (m_updatingColours) {
        return;
    }
    m_updatingColours = true;
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    QColor background;
    QColor foreground;
    if (m_kind == Kind::Info) {
        const QColor base = pal.color(QPalette::Window);
        const QColor tint = pal.color(QPalette::Highlight);
        background = QColor::fromRgbF(base.redF() * 0.85f + tint.redF() * 0.15f,
                                      base.greenF() * 0.85f + tint.greenF() * 0.15f,
                                      base.blueF() * 0.85f + tint.blueF() * 0.15f);
        foreground = pal.color(QPalette::WindowText);
    } else {
        background = pal.color(QPalette::ToolTipBase);
        foreground = pal.color(QPalette::ToolTipText);
    }
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, foreground);
    setPalette(pal);
    m_updatingColours = false;
}

} // namespace nd
