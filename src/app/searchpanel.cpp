// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "availablenumbermodel.h"
#include "displaytext.h"
#include "errorbanner.h"
#include "itemroles.h"
#include "regionfilterproxy.h"
#include "regionmodel.h"
#include "searchform.h"

#include "ui_mainwindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>

namespace nd {

// Texts that were the main window's before this panel existed keep its translation context.

namespace {

bool sameQuery(const AvailableNumberQuery &a, const AvailableNumberQuery &b)
{
    return a.regionCode == b.regionCode && a.type == b.type && a.pattern.pattern == b.pattern.pattern &&
           (a.pattern.isEmpty() || a.pattern.searchPattern == b.pattern.searchPattern) &&
           a.capabilities == b.capabilities && a.size == b.size;
}

bool isEnterKey(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto *key = static_cast<const QKeyEvent *>(event);
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

} // namespace

SearchPanel::SearchPanel(Ui::MainWindow *ui, RegionModel *regions, RegionFilterProxy *regionProxy,
                         AvailableNumberModel *available, ErrorBanner *banner, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_regions(regions)
    , m_regionProxy(regionProxy)
    , m_available(available)
    , m_banner(banner)
{
    SearchForm::fillPositions(m_ui->patternPositionCombo);
    m_ui->searchTypeCombo->setEnabled(false);
    m_ui->patternEdit->setPlaceholderText(QCoreApplication::translate("nd::MainWindow", "digits, e.g. 555"));

    // A note under the digits, e.g. why a pattern was cleared; hidden while empty.
    m_patternNote = new QLabel(m_ui->searchGroup);
    m_patternNote->setObjectName(QStringLiteral("patternNote"));
    m_patternNote->setWordWrap(true);
    m_patternNote->setAccessibleName(tr("Note about the digit pattern"));
    m_patternNote->hide();
    m_ui->searchLayout->addWidget(m_patternNote, m_ui->searchLayout->rowCount(), 1, 1, 4);

    // What an empty grid means, centred over it.
    m_emptyState = new QLabel(m_ui->availableView->viewport());
    m_emptyState->setObjectName(QStringLiteral("availableEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);
    m_emptyState->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_ui->availableView->viewport()->installEventFilter(this);

    connect(m_ui->searchButton, &QPushButton::clicked, this, &SearchPanel::search);
    connect(m_ui->patternEdit, &QLineEdit::returnPressed, this, &SearchPanel::search);
    // Enter searches from every field of the form, not only from the digits.
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->searchTypeCombo, m_ui->patternPositionCombo,
                                                           m_ui->sizeSpin, m_ui->smsCheck, m_ui->voiceCheck}) {
        field->installEventFilter(this);
    }
    connect(m_ui->searchTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT selectionChanged();
        if (!currentRegion().regionCode.isEmpty()) {
            search();
        }
    });
    connect(m_ui->patternPositionCombo, &QComboBox::currentIndexChanged, this, [this] {
        // "+1206" only makes sense at the start.
        m_ui->patternEdit->setPlaceholderText(
            SearchForm::positionAt(m_ui->patternPositionCombo) == SearchPattern::Value::Start
                ? QCoreApplication::translate("nd::MainWindow", "country code and digits, e.g. +1206")
                : QCoreApplication::translate("nd::MainWindow", "digits, e.g. 555"));
        criteriaChanged();
    });
    connect(m_ui->patternEdit, &QLineEdit::textChanged, this, &SearchPanel::criteriaChanged);
    connect(m_ui->patternEdit, &QLineEdit::textEdited, m_patternNote, &QWidget::hide);
    connect(m_ui->smsCheck, &QCheckBox::toggled, this, &SearchPanel::criteriaChanged);
    connect(m_ui->voiceCheck, &QCheckBox::toggled, this, &SearchPanel::criteriaChanged);
    connect(m_ui->sizeSpin, &QSpinBox::valueChanged, this, &SearchPanel::criteriaChanged);

    for (QCheckBox *check : {m_ui->mobileCheck, m_ui->localCheck, m_ui->tollFreeCheck}) {
        connect(check, &QCheckBox::toggled, this, &SearchPanel::applyTypeFilter);
    }
    connect(m_regions, &RegionModel::regionsLoaded, this, [this] {
        m_regionsLoaded = true;
        updateRegionFooter();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_regionProxy, signal, this, &SearchPanel::updateRegionFooter);
    }
    connect(m_regionProxy, &QAbstractItemModel::modelReset, this, &SearchPanel::updateRegionFooter);
    connect(m_regionProxy, &QAbstractItemModel::layoutChanged, this, &SearchPanel::updateRegionFooter);
    connect(m_ui->regionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SearchPanel::regionSelectionChanged);

    connect(m_available, &AvailableNumberModel::searchingChanged, this, &SearchPanel::updateEmptyState);
    connect(m_available, &AvailableNumberModel::searchFinished, this, &SearchPanel::searchFinished);
    connect(m_available, &AvailableNumberModel::requestFailed, this, [this](const ApiError &error) {
        if (!error.isCancelled()) {
            m_resultText = QCoreApplication::translate("nd::MainWindow", "The search failed.");
            m_ui->availableStatusLabel->setText(m_resultText);
        }
        updateEmptyState();
    });
    connect(m_available, &QAbstractItemModel::modelReset, this, &SearchPanel::updateEmptyState);
    connect(m_available, &QAbstractItemModel::rowsInserted, this, &SearchPanel::updateEmptyState);
    connect(m_available, &QAbstractItemModel::rowsRemoved, this, &SearchPanel::updateEmptyState);
    updateEmptyState();
}

SearchPanel::~SearchPanel() = default;

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->availableView->viewport()) {
        if (event->type() == QEvent::Resize) {
            m_emptyState->setGeometry(m_ui->availableView->viewport()->rect());
        }
        return false;
    }
    if (isEnterKey(event)) {
        if (watched == m_ui->sizeSpin) {
            m_ui->sizeSpin->interpretText();
        }
        auto *combo = qobject_cast<QComboBox *>(watched);
        if (!combo || !combo->view()->isVisible()) {
            search();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------------------
// Regions

void SearchPanel::applyTypeFilter()
{
    QList<NumberType> types;
    if (m_ui->mobileCheck->isChecked()) {
        types << NumberType(NumberType::Value::Mobile);
    }
    if (m_ui->localCheck->isChecked()) {
        types << NumberType(NumberType::Value::Local);
    }
    if (m_ui->tollFreeCheck->isChecked()) {
        types << NumberType(NumberType::Value::TollFree);
    }
    m_regionProxy->setAcceptedTypes(types);
    updateRegionFooter();
}

void SearchPanel::updateRegionFooter()
{
    QString text;
    if (m_regionProxy->acceptedTypes().isEmpty()) {
        text = QCoreApplication::translate("nd::MainWindow", "Check at least one number type to list regions.");
    } else if (m_regionsLoaded) {
        const int all = m_regions->rowCount();
        const int shown = m_regionProxy->rowCount();
        text = shown == all ? QCoreApplication::translate("nd::MainWindow",
                                                          "%n region(s) offer numbers to this project", nullptr, all)
                            : tr("%1 of %n region(s) shown: those offering the checked types", nullptr, all).arg(shown);
    }
    m_ui->regionCountLabel->setText(text);
}

AvailableRegion SearchPanel::currentRegion() const
{
    const QItemSelectionModel *selection = m_ui->regionView->selectionModel();
    const QModelIndex index = selection->currentIndex();
    if (!index.isValid() || !selection->isSelected(index)) {
        const QModelIndexList rows = selection->selectedRows();
        if (rows.isEmpty()) {
            return {};
        }
        return rows.first().data(RecordRole).value<AvailableRegion>();
    }
    return index.data(RecordRole).value<AvailableRegion>();
}

NumberType SearchPanel::currentType() const
{
    return SearchForm::typeAt(m_ui->searchTypeCombo);
}

bool SearchPanel::selectRegion(const QString &regionCode)
{
    for (int row = 0; row < m_regionProxy->rowCount(); ++row) {
        const QModelIndex index = m_regionProxy->index(row, 0);
        if (index.data(KeyRole).toString() == regionCode) {
            m_ui->regionView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
            m_ui->regionView->scrollTo(index);
            return true;
        }
    }
    return false;
}

void SearchPanel::regionSelectionChanged()
{
    const AvailableRegion region = currentRegion();
    if (region.regionCode.isEmpty()) {
        m_ui->searchRegionValue->setText(QCoreApplication::translate("nd::MainWindow", "Choose a region on the left"));
    } else {
        m_ui->searchRegionValue->setText(
            QCoreApplication::translate("nd::MainWindow", "%1 (%2)").arg(region.regionName, region.regionCode));
    }
    checkPatternCountry(region);
    updateRegionTypes(); // runs the search through the type combo
    Q_EMIT selectionChanged();
}

void SearchPanel::updateRegionTypes()
{
    const AvailableRegion region = currentRegion();
    const QString previous = m_ui->searchTypeCombo->currentData().toString();
    {
        QSignalBlocker blocker(m_ui->searchTypeCombo);
        m_ui->searchTypeCombo->clear();
        for (const NumberType &type : region.types) {
            m_ui->searchTypeCombo->addItem(DisplayText::numberType(type), type.wire());
        }
        const int keep = m_ui->searchTypeCombo->findData(previous);
        m_ui->searchTypeCombo->setCurrentIndex(keep >= 0 ? keep : 0);
        m_ui->searchTypeCombo->setEnabled(!region.types.isEmpty());
    }
    if (!region.regionCode.isEmpty()) {
        search();
    } else {
        m_available->cancel();
        m_available->clear();
        m_ui->availableStatusLabel->clear();
        m_resultText.clear();
        setStale(false);
    }
}

// A "+1206" typed for the US means nothing in the UK: cleared when another country is chosen, with a note.
void SearchPanel::checkPatternCountry(const AvailableRegion &region)
{
    const QString pattern = SearchForm::compactPattern(m_ui->patternEdit->text());
    const QString code = SearchForm::mismatchedCallingCode(pattern, region.regionCode);
    if (code.isEmpty()) {
        return;
    }
    m_ui->patternEdit->clear();
    m_patternNote->setText(tr("“%1” was cleared: numbers of %2 start with +%3.").arg(pattern, region.regionName, code));
    m_patternNote->show();
}

// ---------------------------------------------------------------------------------------------------------
// Search

std::optional<AvailableNumberQuery> SearchPanel::query()
{
    const AvailableRegion region = currentRegion();
    if (region.regionCode.isEmpty()) {
        m_banner->showWarning(
            QCoreApplication::translate("nd::MainWindow", "Choose a region in the list on the left first."));
        return std::nullopt;
    }
    AvailableNumberQuery result;
    result.regionCode = region.regionCode;
    result.type = currentType();
    if (result.type.isEmpty()) {
        m_banner->showWarning(QCoreApplication::translate("nd::MainWindow", "%1 offers no number types to search.")
                                  .arg(region.regionName));
        return std::nullopt;
    }
    const QString pattern = SearchForm::compactPattern(m_ui->patternEdit->text());
    if (!SearchForm::isValidPattern(pattern)) {
        m_banner->showWarning(QCoreApplication::translate(
            "nd::MainWindow", "The digit pattern may contain only digits, optionally after a leading +."));
        return std::nullopt;
    }
    const QString code = SearchForm::mismatchedCallingCode(pattern, region.regionCode);
    if (!code.isEmpty()) {
        m_patternNote->setText(tr("“%1” cannot match: numbers of %2 start with +%3. Leave out the country code "
                                  "or use +%3.")
                                   .arg(pattern, region.regionName, code));
        m_patternNote->show();
        return std::nullopt;
    }
    if (!pattern.isEmpty()) {
        result.pattern.pattern = pattern;
        result.pattern.searchPattern = SearchForm::positionAt(m_ui->patternPositionCombo);
    }
    if (m_ui->smsCheck->isChecked()) {
        result.capabilities << Capability(Capability::Value::Sms);
    }
    if (m_ui->voiceCheck->isChecked()) {
        result.capabilities << Capability(Capability::Value::Voice);
    }
    result.size = m_ui->sizeSpin->value();
    return result;
}

void SearchPanel::search()
{
    const auto q = query();
    if (!q) {
        criteriaChanged(); // what is shown no longer matches the form
        return;
    }
    if (m_banner->kind() == ErrorBanner::Kind::Warning) {
        m_banner->clear();
    }
    m_ui->availableStatusLabel->setText(QCoreApplication::translate("nd::MainWindow", "Searching…"));
    m_available->search(*q);
    updateEmptyState();
}

void SearchPanel::refresh()
{
    // After a profile switch no region is chosen: the previous profile's search is not run again.
    if (m_available->hasSearched() && !currentRegion().regionCode.isEmpty()) {
        m_available->refresh();
    }
}

void SearchPanel::reset()
{
    m_available->cancel();
    m_available->clear();
    m_regionsLoaded = false;
    m_ui->regionView->selectionModel()->clear();
    m_patternNote->hide();
    regionSelectionChanged(); // even when the model reset dropped the selection silently
    updateRegionFooter();
}

void SearchPanel::searchFinished(int count)
{
    const QString region = m_available->lastQuery().regionCode;
    m_resultText =
        count == 0
            ? QCoreApplication::translate("nd::MainWindow",
                                          "No available numbers match in %1. Try fewer digits or other capabilities.")
                  .arg(region)
            : QCoreApplication::translate("nd::MainWindow", "%n available number(s) in %1", nullptr, count).arg(region);
    m_ui->availableStatusLabel->setText(m_resultText);
    setStale(false);
    criteriaChanged(); // the form may have changed while the search ran
    updateEmptyState();
}

// The results stay, dimmed and labelled with the criteria they came from, until the next search.
void SearchPanel::criteriaChanged()
{
    if (!m_available->hasSearched() || m_available->isSearching()) {
        return;
    }
    const AvailableRegion region = currentRegion();
    if (region.regionCode.isEmpty()) {
        return;
    }
    AvailableNumberQuery form;
    form.regionCode = region.regionCode;
    form.type = currentType();
    const QString pattern = SearchForm::compactPattern(m_ui->patternEdit->text());
    form.pattern.pattern = pattern;
    form.pattern.searchPattern = SearchForm::positionAt(m_ui->patternPositionCombo);
    if (m_ui->smsCheck->isChecked()) {
        form.capabilities << Capability(Capability::Value::Sms);
    }
    if (m_ui->voiceCheck->isChecked()) {
        form.capabilities << Capability(Capability::Value::Voice);
    }
    form.size = m_ui->sizeSpin->value();
    setStale(!SearchForm::isValidPattern(pattern) || !sameQuery(form, m_available->lastQuery()));
}

void SearchPanel::setStale(bool stale)
{
    if (stale == m_stale) {
        return;
    }
    m_stale = stale;
    QTableView *view = m_ui->availableView;
    view->setProperty("stale", stale);
    if (stale) {
        QPalette pal = view->palette();
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            pal.setColor(group, QPalette::Text, pal.color(QPalette::Disabled, QPalette::Text));
        }
        view->setPalette(pal);
        m_ui->availableStatusLabel->setText(tr("Results of the previous search (%1). Press Search to update them.")
                                                .arg(criteriaText(m_available->lastQuery())));
    } else {
        view->setPalette(QPalette()); // inherits the window's again
        m_ui->availableStatusLabel->setText(m_resultText);
    }
}

QString SearchPanel::criteriaText(const AvailableNumberQuery &q) const
{
    QStringList parts;
    parts << q.regionCode << DisplayText::numberType(q.type);
    if (!q.pattern.isEmpty()) {
        switch (q.pattern.searchPattern.value()) {
        case SearchPattern::Value::Start:
            parts << tr("starting with %1").arg(q.pattern.pattern);
            break;
        case SearchPattern::Value::End:
            parts << tr("ending with %1").arg(q.pattern.pattern);
            break;
        default:
            parts << tr("containing %1").arg(q.pattern.pattern);
            break;
        }
    }
    for (const Capability &capability : q.capabilities) {
        parts << DisplayText::capability(capability);
    }
    if (q.size) {
        parts << tr("at most %n", nullptr, *q.size);
    }
    return parts.join(QLatin1String(", "));
}

void SearchPanel::updateEmptyState()
{
    const bool empty = m_ui->availableView->model() == nullptr || m_ui->availableView->model()->rowCount() == 0;
    if (!empty) {
        m_emptyState->hide();
        return;
    }
    QString text;
    if (m_available->isSearching()) {
        text = QCoreApplication::translate("nd::MainWindow", "Searching…");
    } else if (currentRegion().regionCode.isEmpty()) {
        text = tr("Choose a region on the left, then Search.");
    } else if (m_available->hasSearched() || !m_ui->availableStatusLabel->text().isEmpty()) {
        text = m_ui->availableStatusLabel->text();
    } else {
        text = tr("Press Search to list the available numbers of %1.").arg(currentRegion().regionName);
    }
    m_emptyState->setText(text);
    m_emptyState->setGeometry(m_ui->availableView->viewport()->rect());
    m_emptyState->show();
}

} // namespace nd
