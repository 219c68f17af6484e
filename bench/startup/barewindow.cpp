// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// nd-bench-bare-window: the start-up baseline. A bare QMainWindow with a QTableView over a
// QStandardItemModel holding 25 rows of 11 columns (what the sandbox's first page shows), no network.
// Exits as soon as the window has been painted, exactly like nd-bench-startup.

#include "readiness.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QMainWindow window;
    auto *model = new QStandardItemModel(25, 11, &window);
    for (int r = 0; r < 25; ++r) {
        for (int c = 0; c < 11; ++c)
            model->setItem(r, c, new QStandardItem(QStringLiteral("+1206555%1 / %2").arg(1000 + r).arg(c)));
    }
    auto *view = new QTableView(&window);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(view);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1240, 760);

    nd::bench::Readiness ready(&window, sinceMain);
    ready.setDataArrived();
    window.show();
    return QApplication::exec();
}
