// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "confirmation.h"
#include "errorbanner.h"
#include "numbersclient.h"
#include "profilestore.h"
#include "secretstore.h"
#include "translationloader.h"

#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace nd {

namespace {

constexpr int OriginalNameRole = Qt::UserRole + 1;

} // namespace

SettingsDialog::SettingsDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    m_ui->syncConcurrencySpin->setRange(1, InventoryWalker::MaxConcurrency);
    m_ui->syncConcurrencySpin->setToolTip(
        tr("How many pages of the inventory are requested at once when the local mirror is synced. %1 suits most "
           "connections; over a slow or distant one, up to %2 makes the sync faster. When the server limits the "
           "request rate, the sync slows down by itself.")
            .arg(InventoryWalker::DefaultConcurrency)
            .arg(InventoryWalker::MaxConcurrency));
    m_saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_ui->authCombo->addItem(tr("OAuth2 (recommended)"), int(AuthMethod::OAuth2));
    m_ui->authCombo->addItem(tr("Basic (testing only; heavily rate-limited)"), int(AuthMethod::Basic));

    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->profilesList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current, QListWidgetItem *) { showProfile(current); });
    connect(m_ui->revealButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->keySecretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealButton->setText(shown ? tr("&Hide") : tr("S&how"));
        m_ui->revealButton->setAccessibleName(shown ? tr("Hide the key secret") : tr("Show the key secret"));
    });
    // A profile not saved yet is listed under the name being typed.
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        QListWidgetItem *item = m_ui->profilesList->currentItem();
        if (item && item->data(OriginalNameRole).toString().isEmpty()) {
            item->setText(text.trimmed().isEmpty() ? tr("New profile") : text.trimmed());
        }
    });
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->projectIdEdit, m_ui->keyIdEdit, m_ui->numbersUrlEdit,
                            m_ui->authUrlEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    }

    connect(m_secrets, &SecretStore::waitingForKeychainPrompt, this, [this] {
        if (m_busy) {
            m_ui->banner->showInfo(tr("Waiting for the keychain: answer the password prompt of your desktop."));
        }
    });

    setupLanguageCombo();
    reloadList(m_profiles->currentProfileName());
}

void SettingsDialog::setupLanguageCombo()
{
    QComboBox *combo = m_ui->languageCombo;
    combo->addItem(tr("System default"), QString());
    const QStringList codes = availableLanguages();
    for (const QString &code : codes) {
        combo->addItem(languageDisplayName(code), code);
    }
    // An override without a translation (left from another build) shows as the system default, untouched.
    combo->setCurrentIndex(qMax(0, combo->findData(storedLanguage())));
    connect(combo, &QComboBox::currentIndexChanged, this,
            [combo](int index) { setStoredLanguage(combo->itemData(index).toString()); });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_ui->profilesList);
    m_ui->profilesList->clear();
    QListWidgetItem *toSelect = nullptr;
    const QList<Profile> all = m_profiles->profiles();
    for (const Profile &p : all) {
        auto *item = new QListWidgetItem(p.isSandbox ? tr("%1 (built-in)").arg(p.name) : p.name,
                                         m_ui->profilesList);
        item->setData(OriginalNameRole, p.name);
        if (p.name == select) {
            toSelect = item;
        }
    }
    if (!toSelect && m_ui->profilesList->count() > 0) {
        toSelect = m_ui->profilesList->item(0);
    }
    m_ui->profilesList->setCurrentItem(toSelect);
    showProfile(toSelect);
}

bool SettingsDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_ui->profilesList->count(); ++i) {
        if (m_ui->profilesList->item(i)->data(OriginalNameRole).toString() == name) {
            m_ui->profilesList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString SettingsDialog::selectedProfileName() const
{
    return m_originalName;
}

void SettingsDialog::showProfile(QListWidgetItem *item)
{
    m_ui->banner->clear();
    m_ui->testResultLabel->clear();
    m_ui->keySecretEdit->clear();
    m_ui->revealButton->setChecked(false);
    m_originalName = item ? item->data(OriginalNameRole).toString() : QString();
    Profile p = m_originalName.isEmpty() ? Profile() : m_profiles->profile(m_originalName);
    if (item && m_originalName.isEmpty()) {
        p.name = item->text();
    }
    m_isSandbox = p.isSandbox;
    m_ui->nameEdit->setText(p.name);
    m_ui->projectIdEdit->setText(p.projectId);
    m_ui->keyIdEdit->setText(p.keyId);
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(p.authMethod)));
    m_ui->numbersUrlEdit->setText(p.numbersUrl.toString());
    m_ui->authUrlEdit->setText(p.authUrl.toString());
    m_ui->syncConcurrencySpin->setValue(p.syncConcurrency);
    m_ui->sandboxNote->setVisible(m_isSandbox);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->nameEdit, m_ui->projectIdEdit, m_ui->keyIdEdit,
                                                       m_ui->keySecretEdit, m_ui->revealButton, m_ui->authCombo,
                                                       m_ui->numbersUrlEdit, m_ui->authUrlEdit,
                                                       m_ui->syncConcurrencySpin}) {
        w->setEnabled(item && !m_isSandbox);
    }
    updateSecretStorageNote(m_originalName);
    updateButtons();
}

void SettingsDialog::updateSecretStorageNote(const QString &name)
{
    // The placeholder of the secret field says where the secret is, like the note under it.
    QString placeholder = tr("Stored securely; type to replace");
    if (m_isSandbox) {
        placeholder = tr("Not needed for the Sandbox");
    } else if (name.isEmpty()) {
        placeholder = tr("Shown once when the key is created");
    } else if (m_secrets->usesUserFile(name)) {
        placeholder = tr("Stored in a file; type to replace");
    } else if (m_secrets->hasSessionSecret(name)) {
        placeholder = tr("Kept until NumberDesk quits; type to replace");
    }
    m_ui->keySecretEdit->setPlaceholderText(placeholder);
    // Seen whole in every language (frame and text margins around it).
    m_ui->keySecretEdit->setMinimumWidth(
        std::max(m_ui->keySecretEdit->minimumWidth(), m_ui->keySecretEdit->fontMetrics().horizontalAdvance(placeholder) + 24));

    const bool inFile = !name.isEmpty() && m_secrets->usesUserFile(name);
    if (inFile) {
        m_ui->secretStorageLabel->setText(
            tr("Warning: the key secret of this profile is stored in %1, a file readable only by you. That is less "
               "protected than the system keychain.")
                .arg(QDir::toNativeSeparators(m_secrets->fallbackFilePath())));
    } else if (!name.isEmpty() && m_secrets->hasSessionSecret(name)) {
        m_ui->secretStorageLabel->setText(tr("The key secret of this profile is kept only until NumberDesk quits."));
    } else {
        m_ui->secretStorageLabel->clear();
    }
    m_ui->secretStorageLabel->setVisible(!m_ui->secretStorageLabel->text().isEmpty());
}

Profile SettingsDialog::profileFromForm() const
{
    Profile p;
    if (!m_originalName.isEmpty()) {
        p = m_profiles->profile(m_originalName);
    }
    p.name = m_ui->nameEdit->text().trimmed();
    p.projectId = m_ui->projectIdEdit->text().trimmed();
    p.keyId = m_ui->keyIdEdit->text().trimmed();
    p.authMethod = AuthMethod(m_ui->authCombo->currentData().toInt());
    p.numbersUrl = QUrl(m_ui->numbersUrlEdit->text().trimmed());
    p.authUrl = QUrl(m_ui->authUrlEdit->text().trimmed());
    p.syncConcurrency = m_ui->syncConcurrencySpin->value();
    return p;
}

void SettingsDialog::updateButtons()
{
    const bool editable = m_ui->profilesList->currentItem() && !m_isSandbox;
    m_saveButton->setEnabled(!m_busy && editable && !m_ui->nameEdit->text().trimmed().isEmpty());
    m_ui->removeButton->setEnabled(!m_busy && editable && !m_originalName.isEmpty());
    m_ui->testButton->setEnabled(!m_busy && m_ui->profilesList->currentItem());
    m_ui->addButton->setEnabled(!m_busy);
    m_ui->profilesList->setEnabled(!m_busy);
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SettingsDialog::addProfile()
{
    QString name = tr("New profile");
    for (int i = 2; m_profiles->contains(name); ++i) {
        name = tr("New profile %1").arg(i);
    }
    auto *item = new QListWidgetItem(name, m_ui->profilesList);
    item->setData(OriginalNameRole, QString());
    m_ui->profilesList->setCurrentItem(item);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void SettingsDialog::removeProfile()
{
    const QString name = m_originalName;
    if (name.isEmpty() || m_isSandbox) {
        return;
    }
    Confirmation::ask(this, QMessageBox::Warning, tr("Remove Profile"), tr("Remove the profile “%1”?").arg(name),
                      tr("Its stored key secret is deleted too. The Sinch project and its numbers are not affected."),
                      tr("&Remove"), [this, name] {
                          m_profiles->remove(name);
                          if (const Result<void, Failure> saved = m_profiles->save(); !saved) {
                              m_ui->banner->showError(saved.error().message);
                          }
                          m_secrets->deleteSecret(name, this, [this](const Result<void, SecretError> &deleted) {
                              if (!deleted && !SecretStore::isSecretMissing(deleted.error())) {
                                  m_ui->banner->showWarning(
                                      tr("The profile was removed, but its secret could not be deleted: %1")
                                          .arg(deleted.error().message));
                              }
                          });
                          reloadList(m_profiles->currentProfileName());
                      });
}

void SettingsDialog::saveProfile()
{
    if (m_busy || m_isSandbox) {
        return;
    }
    m_ui->banner->clear();
    const Profile p = profileFromForm();
    const QString oldName = m_originalName;
    const bool renamed = !oldName.isEmpty() && oldName != p.name;
    if (renamed) {
        if (const Result<void, Failure> moved = m_profiles->rename(oldName, p.name); !moved) {
            m_ui->banner->showError(moved.error().message);
            return;
        }
    }
    if (const Result<void, Failure> stored = m_profiles->upsert(p); !stored) {
        m_ui->banner->showError(stored.error().message);
        if (renamed) {
            m_profiles->rename(p.name, oldName);
        }
        return;
    }
    if (const Result<void, Failure> saved = m_profiles->save(); !saved) {
        m_ui->banner->showError(saved.error().message);
        return;
    }
    const QString secret = m_ui->keySecretEdit->text();
    m_ui->keySecretEdit->clear();
    reloadList(p.name);
    const auto finish = [this, name = p.name, secret] {
        if (!secret.isEmpty()) {
            storeSecret(name, secret);
        } else {
            m_ui->banner->showInfo(tr("Profile “%1” saved.").arg(name));
            Q_EMIT profileSaved(name);
        }
    };
    if (renamed) {
        setBusy(true);
        m_secrets->renameSecret(oldName, p.name, this, [this, finish](const Result<void, SecretError> &moved) {
            setBusy(false);
            if (!moved) {
                m_ui->banner->showWarning(
                    tr("The stored key secret could not be moved to the new name: %1").arg(moved.error().message));
            }
            finish();
        });
    } else {
        finish();
    }
}

void SettingsDialog::storeSecret(const QString &name, const QString &secret)
{
    setBusy(true);
    m_secrets->writeSecret(name, secret, SecretStore::Backend::Keychain, this,
                           [this, name, secret](const Result<void, SecretError> &stored) {
                               setBusy(false);
                               if (stored) {
                                   updateSecretStorageNote(name);
                                   m_ui->banner->showInfo(
                                       tr("Profile “%1” saved; its key secret is in the system keychain.").arg(name));
                                   Q_EMIT profileSaved(name);
                                   return;
                               }
                               askFallback(name, secret, stored.error().message);
                           });
}

void SettingsDialog::askFallback(const QString &name, const QString &secret, const QString &why)
{
    // Never fall back silently: the user picks where the secret goes (or nowhere).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Keychain Unavailable"),
                                tr("The key secret of “%1” cannot be stored in the system keychain.").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("keychainChoice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("%1\n\nYou can keep the secret only until NumberDesk quits (you will have to enter it again next time), "
           "or store it in a file that only your user account can read (%2). The file is not encrypted.")
            .arg(why, QDir::toNativeSeparators(m_secrets->fallbackFilePath())));
    QPushButton *session = box->addButton(tr("Keep for This &Session Only"), QMessageBox::AcceptRole);
    session->setObjectName(QStringLiteral("sessionOnlyButton"));
    QPushButton *file = box->addButton(tr("Store in a &File Only I Can Read"), QMessageBox::AcceptRole);
    file->setObjectName(QStringLiteral("userFileButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(session);
    box->setEscapeButton(cancel);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, session, file, name, secret](int) {
        const QAbstractButton *clicked = box->clickedButton();
        if (clicked != session && clicked != file) {
            m_ui->banner->showWarning(tr("Profile “%1” was saved without its key secret. Enter the secret again "
                                         "to use the profile.")
                                          .arg(name));
            return;
        }
        const auto backend = clicked == session ? SecretStore::Backend::SessionOnly : SecretStore::Backend::UserFile;
        setBusy(true);
        m_secrets->writeSecret(
            name, secret, backend, this, [this, name, backend](const Result<void, SecretError> &stored) {
                setBusy(false);
                updateSecretStorageNote(name);
                if (!stored) {
                    m_ui->banner->showError(stored.error().message);
                    return;
                }
                if (backend == SecretStore::Backend::UserFile) {
                    m_ui->banner->showWarning(tr("Profile “%1” saved. Its key secret is in a file readable only by "
                                                 "you: less protected than the system keychain.")
                                                  .arg(name));
                } else {
                    m_ui->banner->showInfo(
                        tr("Profile “%1” saved. Its key secret is kept until NumberDesk quits.").arg(name));
                }
                Q_EMIT profileSaved(name);
            });
    });
    box->open();
}

void SettingsDialog::testConnection()
{
    if (m_busy) {
        return;
    }
    m_ui->banner->clear();
    m_ui->testResultLabel->setText(tr("Testing…"));
    const Profile p = m_isSandbox ? m_profiles->profile(m_originalName) : profileFromForm();
    const QString typed = m_ui->keySecretEdit->text();
    if (!typed.isEmpty() || m_originalName.isEmpty()) {
        runTest(p, typed);
        return;
    }
    setBusy(true);
    m_secrets->readSecret(m_originalName, this, [this, p](const Result<QString, SecretError> &r) {
        setBusy(false);
        if (!r.ok()) {
            m_ui->testResultLabel->setText(tr("Not tested."));
            m_ui->banner->showError(r.error().message);
            Q_EMIT connectionTested(false);
            return;
        }
        runTest(p, r.value());
    });
}

void SettingsDialog::runTest(const Profile &profile, const QString &secret)
{
    const ConnectionSettings settings = profile.toConnection(secret);
    const ApiError invalid = settings.validate();
    if (invalid.isError()) {
        m_ui->testResultLabel->setText(tr("Not tested."));
        m_ui->banner->showError(invalid);
        Q_EMIT connectionTested(false);
        return;
    }
    if (m_testClient) {
        m_testClient->deleteLater();
    }
    auto *client = new NumbersClient(this);
    m_testClient = client;
    client->setConnection(settings);
    setBusy(true);
    client->listAvailableRegions({}, this, [this, client](const Result<QList<AvailableRegion>> &r) {
        setBusy(false);
        client->deleteLater();
        if (r.ok()) {
            m_ui->testResultLabel->setText(
                tr("Connection works: %n region(s) available.", nullptr, int(r.value().size())));
            Q_EMIT connectionTested(true);
        } else {
            m_ui->testResultLabel->setText(tr("Connection failed."));
            m_ui->banner->showError(r.error());
            Q_EMIT connectionTested(false);
        }
    });
}

} // namespace nd
