// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QListWidgetItem;
class QPushButton;

namespace Ui {
class SettingsDialog;
}

namespace nd {

class NumbersClient;
class ProfileStore;
class SecretStore;

// Edits the connection profiles. The key secret is masked (with a reveal toggle) and goes only to the
// SecretStore (OS keychain), never into the profile file. When the keychain is unavailable the user chooses
// explicitly: keep it for this run only, or store it in a file only they can read (with a visible warning).
// "Test connection" lists the available regions with a temporary NumbersClient.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Selects the profile with this name in the list (false when there is none).
    bool selectProfile(const QString &name);
    QString selectedProfileName() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void addProfile();
    void removeProfile();
    void saveProfile();
    void testConnection();

Q_SIGNALS:
    void profileSaved(const QString &name);
    void connectionTested(bool ok);

private:
    void setupLanguageCombo();
    void reloadList(const QString &select);
    void showProfile(QListWidgetItem *item);
    Profile profileFromForm() const;
    void updateButtons();
    void setBusy(bool busy);
    void storeSecret(const QString &name, const QString &secret);
    void askFallback(const QString &name, const QString &secret, const QString &why);
    void updateSecretStorageNote(const QString &name);
    void runTest(const Profile &profile, const QString &secret);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    QPushButton *m_saveButton = nullptr;
    QString m_originalName; // name of the profile being edited; empty for a new, unsaved one
    bool m_isSandbox = false;
    bool m_busy = false;
    QPointer<NumbersClient> m_testClient;
};

} // namespace nd
