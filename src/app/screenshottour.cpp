// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"


#include "activenumbermodel.h"
#include "activitydialog.h"
#include "availablenumbermodel.h"
#include "bulkjobdialog.h"
#include "callbackinspector.h"
#include "errorbanner.h"
#include "insightpanel.h"
#include "jobsdialog.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "regionmodel.h"
#include "sandboxserver.h"
#include "sandboxstate.h"
#include "sendtesttab.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <memory>

namespace nd {

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *availableView = m_window->findChild<QTableView *>(QStringLiteral("availableView"));
    auto *activeView = m_window->findChild<QTableView *>(QStringLiteral("activeView"));

    auto *pattern = m_window->findChild<QLineEdit *>(QStringLiteral("patternEdit"));

    // A US voice number of the active list, to show the emergency-address views.
    auto selectUsVoiceRow = [activeView] {
        QAbstractItemModel *model = activeView->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto n = model->index(row, 0).data(RecordRole).value<ActiveNumber>();
            if (n.regionCode == QLatin1String("US") && !n.isReleased()
                && n.capabilities.contains(Capability(Capability::Value::Voice))) {
                activeView->selectRow(row);
                return n.phoneNumber;
            }
        }
        return QString();
    };

    // The bulk job dialog on screen (a closed one may still wait for its deletion).
    auto bulkDialog = [this]() -> BulkJobDialog * {
        const QList<BulkJobDialog *> dialogs = m_window->findChildren<BulkJobDialog *>();
        for (BulkJobDialog *dialog : dialogs) {
            if (dialog->isVisible()) {
                return dialog;
            }
        }
        return nullptr;
    };
    auto selectRows = [](QTableView *view, int first, int last) {
        view->selectionModel()->select(QItemSelection(view->model()->index(first, 0), view->model()->index(last, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };

    m_steps = {
        [this] {
            waitUntil([this] {
                return m_window->regionModel()->rowCount() > 0 && m_window->activeModel()->loadedCount() > 0;
            });
        },
        [this] { settle(); },
        [this] {
            save(m_window, QStringLiteral("main-first-start"));
            next();
        },
        [this] {
            m_window->selectRegion(QStringLiteral("US"));
            waitUntil([this] { return !m_window->availableModel()->isSearching(); });
        },
        [availableView, this] {
            if (availableView->model()->rowCount() > 0) {
                availableView->selectRow(0);
            }
            settle();
        },
        [this] {
            save(m_window, QStringLiteral("main-available"));
            next();
        },
        [pattern, this] {
            // A message in the banner: a pattern with a letter.
            pattern->setText(QStringLiteral("206x"));
            triggerAction("actionSearch");
            settle();
        },
        [pattern, this] {
            save(m_window, QStringLiteral("main-banner"));
            pattern->clear();
            m_window->errorBanner()->clear();
            settle(300);
        },
        [this] {
            triggerAction("actionActivate");
            settle(1500);
        },
        [this] { grabModal(QStringLiteral("dialog-rent")); },
        [tabs, activeView, this] {
            tabs->setCurrentIndex(1);
            activeView->selectRow(1);
            settle();
        },
        [this] {
            save(m_window, QStringLiteral("main-active"));
            next();
        },
        [this] {
            // Find over every number of the mirror: a name.
            if (auto *find = m_window->findChild<QLineEdit *>(QStringLiteral("localFilterEdit"))) {
                find->setText(QStringLiteral("Support"));
            }
            settle(600);
        },
        [this] {
            save(m_window, QStringLiteral("main-active-find"));
            if (auto *find = m_window->findChild<QLineEdit *>(QStringLiteral("localFilterEdit"))) {
                find->clear();
            }
            settle(600);
        },
        [activeView, this] {
            activeView->selectRow(1); // the dialogs below act on it
            settle(300);
        },
        [this] {
            triggerAction("actionDetails");
            settle(1500);
        },
        [this] { grabModal(QStringLiteral("dialog-details")); },
        [selectUsVoiceRow, activeView, this] {
            // Load pages until a US voice number is listed.
            waitUntil([selectUsVoiceRow, activeView, this] {
                if (!selectUsVoiceRow().isEmpty() || !m_window->activeModel()->hasMorePages()) {
                    return true;
                }
                activeView->scrollToBottom();
                return false;
            }, 30000);
        },
        [selectUsVoiceRow, this] {
            if (selectUsVoiceRow().isEmpty()) {
                std::fprintf(stderr, "no US voice number to show the emergency address\n");
                m_ok = false;
            }
            triggerAction("actionDetails");
            settle(1000);
        },
        [this] {
            if (auto *tabWidget = QApplication::activeModalWidget()
                    ? QApplication::activeModalWidget()->findChild<QTabWidget *>(QStringLiteral("tabs"))
                    : nullptr) {
                tabWidget->setCurrentIndex(tabWidget->count() - 1);
            }
            settle(1500);
        },
        [this] { grabModal(QStringLiteral("dialog-details-emergency")); },
        [activeView, this] {
            activeView->selectionModel()->select(
                QItemSelection(activeView->model()->index(1, 0), activeView->model()->index(3, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            triggerAction("actionRelease");
            settle(1000);
        },
        [this] { grabModal(QStringLiteral("dialog-release")); },
        [selectUsVoiceRow, this] {
            // Only in the embedded sandbox: an emergency address, so the release dialog shows its warning.
            const QString e164 = selectUsVoiceRow();
            if (!e164.isEmpty() && m_window->sandboxServer()) {
                sandbox::EmergencyAddress address;
                address.streetNumber = QStringLiteral("221");
                address.streetInfo = QStringLiteral("Pine St");
                address.location = QStringLiteral("Suite 400");
                address.city = QStringLiteral("Seattle");
                address.state = QStringLiteral("WA");
                address.postalCode = QStringLiteral("98101");
                m_window->sandboxServer()->state()->setEmergencyAddress(e164, QStringLiteral("Front desk"), address);
            }
            triggerAction("actionRelease");
            settle(1500);
        },
        [this] { grabModal(QStringLiteral("dialog-release-e911")); },
        // Bulk jobs. In the embedded sandbox only, two display-name updates run: the first to the end, the
        // second paused at once, so the Jobs window has something to list. Nothing is rented or released.
        [availableView, tabs, bulkDialog, selectRows, this] {
            tabs->setCurrentIndex(0);
            if (availableView->model()->rowCount() >= 3) {
                selectRows(availableView, 0, 2);
            }
            triggerAction("actionRentSelected");
            waitUntil([bulkDialog] { return bulkDialog() && bulkDialog()->isLoaded(); });
        },
        [this] { settle(600); },
        [bulkDialog, this] {
            save(bulkDialog(), QStringLiteral("dialog-bulk-rent"));
            if (BulkJobDialog *dialog = bulkDialog()) {
                dialog->close(); // never started: nothing is rented
            }
            settle(300);
        },
        [tabs, activeView, bulkDialog, selectRows, this] {
            tabs->setCurrentIndex(1);
            selectRows(activeView, 1, 4);
            triggerAction("actionBulkUpdate");
            waitUntil([bulkDialog] { return bulkDialog() && bulkDialog()->isLoaded(); });
        },
        [bulkDialog, this] {
            if (BulkJobDialog *dialog = bulkDialog()) {
                dialog->displayNameEdit()->setText(QStringLiteral("Store {n}"));
                dialog->servicePlanEdit()->setText(QStringLiteral("7f1e2d3c4b5a69788796a5b4c3d2e1f0"));
            }
            settle(600);
        },
        [bulkDialog, this] {
            save(bulkDialog(), QStringLiteral("dialog-bulk-preview"));
            BulkJobDialog *dialog = bulkDialog();
            if (!dialog || !m_window->sandboxServer()) {
                m_ok = false;
                next();
                return;
            }
            dialog->startButton()->click();
            waitUntil([dialog] { return dialog->isFinished(); }, 30000);
        },
        [bulkDialog, this] {
            if (BulkJobDialog *dialog = bulkDialog()) {
                dialog->close();
            }
            settle(300);
        },
        [activeView, bulkDialog, selectRows, this] {
            selectRows(activeView, 5, 16);
            triggerAction("actionBulkUpdate");
            waitUntil([bulkDialog] { return bulkDialog() && bulkDialog()->isLoaded(); });
        },
        [bulkDialog, this] {
            BulkJobDialog *dialog = bulkDialog();
            if (!dialog) {
                m_ok = false;
                next();
                return;
            }
            dialog->displayNameEdit()->setText(QStringLiteral("Branch {n}"));
            dialog->countEdit()->setText(QString::number(dialog->rowCount()));
            dialog->startButton()->click();
            dialog->pauseButton()->click(); // the steps in flight finish, the rest waits
            waitUntil([dialog] { return !dialog->isRunning(); }, 30000);
        },
        [bulkDialog, this] {
            if (BulkJobDialog *dialog = bulkDialog()) {
                dialog->close();
            }
            settle(300);
        },
        [this] {
            triggerAction("actionJobs");
            settle(800);
        },
        [this] {
            auto *jobs = m_window->findChild<JobsDialog *>();
            save(jobs, QStringLiteral("window-jobs"));
            if (jobs) {
                jobs->close();
            }
            settle(300);
        },
        [this] {
            triggerAction("actionCallbackConfig");
            settle(1500);
        },
        [this] { grabModal(QStringLiteral("dialog-callback")); },
        // The callback inspector with two signed test events sent to its own receiver (nothing on the account
        // changes): a failed campaign link and a plan link.
        [this] {
            triggerAction("actionCallbackInspector");
            sendToInspector(QStringLiteral("PROVISIONING_TO_CAMPAIGN"), QStringLiteral("FAILED"), 1);
        },
        [this] { sendToInspector(QStringLiteral("PROVISIONING_TO_SMS_PLATFORM"), QStringLiteral("SUCCEEDED"), 2); },
        [this] {
            auto *inspector = m_window->findChild<CallbackInspector *>();
            if (inspector) {
                inspector->tabs()->setCurrentIndex(0);
                inspector->callbackList()->setCurrentItem(inspector->callbackList()->topLevelItem(0));
            }
            settle();
        },
        [this] {
            auto *inspector = m_window->findChild<CallbackInspector *>();
            save(inspector, QStringLiteral("window-callback-inspector"));
            if (inspector)
                inspector->close();
            next();
        },
        [this] {
            triggerAction("actionSettings");
            settle(1000);
        },
        [this] { grabModal(QStringLiteral("dialog-settings")); },
        [tabs, this] {
            tabs->setCurrentWidget(m_window->insightPanel());
            m_window->insightPanel()->syncNow();
            waitUntil([this] { return !m_window->insightPanel()->isSyncing(); }, 60000);
        },
        [this] {
            m_window->insightPanel()->setCurrency(QStringLiteral("EUR")); // the currency of most regions
            settle(1000);
        },
        [this] {
            // NUMBERDESK_DARK=1 (main.cpp) gives the dark variant its own name.
            save(m_window, qEnvironmentVariableIsSet("NUMBERDESK_DARK") ? QStringLiteral("main-insight-dark")
                                                                         : QStringLiteral("main-insight"));
            next();
        },
        [this] {
            m_window->showActivity();
            settle(1000);
        },
        [this] {
            if (auto *activity = m_window->findChild<ActivityDialog *>(); activity && activity->isVisible()) {
                save(activity, QStringLiteral("dialog-activity"));
                activity->close();
            } else {
                std::fprintf(stderr, "the activity view did not open\n");
                m_ok = false;
            }
            settle(300);
        },
    };
}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_directory)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(m_directory));
        Q_EMIT finished(false);
        return;
    }
    m_index = 0;
    QTimer::singleShot(0, this, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    if (m_index >= m_steps.size()) {
        Q_EMIT finished(m_ok);
        return;
    }
    const Step step = m_steps.at(m_index++);
    step();
}

void ScreenshotTour::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, condition, timer, timeoutMs, poll] {
        if (condition() || timer->elapsed() > timeoutMs) {
            *poll = nullptr; // break the self-reference
            next();
            return;
        }
        QTimer::singleShot(100, this, *poll);
    };
    QTimer::singleShot(0, this, *poll);
}

void ScreenshotTour::settle(int ms)
{
    QTimer::singleShot(ms, this, &ScreenshotTour::next);
}

void ScreenshotTour::sendToInspector(const QString &eventType, const QString &status, int expected)
{
    auto *inspector = m_window->findChild<CallbackInspector *>();
    if (!inspector) {
        next();
        return;
    }
    SendTestTab *tab = inspector->sendTab();
    tab->urlEdit()->setText(inspector->receiverUrl().toString());
    tab->eventCombo()->setCurrentIndex(tab->eventCombo()->findData(eventType));
    tab->statusCombo()->setCurrentIndex(tab->statusCombo()->findData(status));
    tab->sendButton()->click();
    waitUntil([inspector, expected] { return inspector->callbacks().size() >= expected; });
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name + QLatin1String(".png"));
    if (!widget || !widget->grab().save(path)) {
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
        m_ok = false;
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    std::fflush(stdout);
    return true;
}

void ScreenshotTour::grabModal(const QString &name)
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal) {
        std::fprintf(stderr, "no dialog open for %s\n", qPrintable(name));
        m_ok = false;
        next();
        return;
    }
    save(modal, name);
    if (auto *dialog = qobject_cast<QDialog *>(modal)) {
        dialog->reject();
    } else {
        modal->close();
    }
    settle(300);
}

void ScreenshotTour::triggerAction(const char *objectName)
{
    auto *action = m_window->findChild<QAction *>(QLatin1String(objectName));
    if (!action || !action->isEnabled()) {
        std::fprintf(stderr, "action %s is not available\n", objectName);
        m_ok = false;
        return;
    }
    action->trigger();
}

} // namespace nd
