#include "AuditPage.h"

#include "Audit.h"
#include "Display.h"
#include "Error.h"
#include "HrModels.h"
#include "MessageBar.h"
#include "SearchProxy.h"
#include "Session.h"
#include "Tables.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lieu::ui {

namespace {
const QDate kAnyDate(2000, 1, 1); // a date edit at its minimum shows "any"

QDateEdit *anyDateEdit(const QString &accessible, QWidget *parent)
{
    auto *e = new QDateEdit(parent);
    e->setCalendarPopup(true);
    e->setMinimumDate(kAnyDate);
    e->setSpecialValueText(AuditPage::tr("any"));
    e->setDate(kAnyDate);
    e->setAccessibleName(accessible);
    return e;
}

QString pretty(const QString &json)
{
    if (json.isEmpty())
        return AuditPage::tr("(nothing)");
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}
} // namespace

AuditPage::AuditPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("auditPage"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QGroupBox(tr("Filter"), this);
    auto *grid = new QGridLayout(filters);
    m_doctype = new QComboBox(filters);
    m_doctype->setAccessibleName(tr("Document type"));
    m_document = new QLineEdit(filters);
    m_document->setPlaceholderText(tr("e.g. TS-00012 or EMP-0003"));
    m_document->setAccessibleName(tr("Document"));
    m_document->setClearButtonEnabled(true);
    m_actor = new QComboBox(filters);
    m_actor->setAccessibleName(tr("Who"));
    m_action = new QComboBox(filters);
    m_action->setAccessibleName(tr("Action"));
    m_from = anyDateEdit(tr("From date"), filters);
    m_to = anyDateEdit(tr("To date"), filters);
    auto *clear = new QPushButton(tr("&Clear filters"), filters);
    auto label = [filters](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, filters);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("Document &type:"), m_doctype), 0, 0);
    grid->addWidget(m_doctype, 0, 1);
    grid->addWidget(label(tr("&Document:"), m_document), 0, 2);
    grid->addWidget(m_document, 0, 3);
    grid->addWidget(label(tr("&Who:"), m_actor), 0, 4);
    grid->addWidget(m_actor, 0, 5);
    grid->addWidget(label(tr("&Action:"), m_action), 1, 0);
    grid->addWidget(m_action, 1, 1);
    grid->addWidget(label(tr("&From:"), m_from), 1, 2);
    grid->addWidget(m_from, 1, 3, Qt::AlignLeft);
    grid->addWidget(label(tr("T&o:"), m_to), 1, 4);
    grid->addWidget(m_to, 1, 5);
    grid->addWidget(clear, 1, 6);
    grid->setColumnStretch(3, 1);
    layout->addWidget(filters);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the entries shown"));
    m_search->setAccessibleName(tr("Search the audit entries"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    layout->addLayout(searchRow);

    m_message = new MessageBar(this);
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    m_model = new AuditModel(this);
    m_proxy = new SearchProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("auditLog"));
    setUpTable(m_view, m_proxy, tr("Audit log"), AuditModel::Change);
    m_view->sortByColumn(AuditModel::When, Qt::DescendingOrder);
    split->addWidget(m_view);
    auto *details = new QWidget(split);
    auto *dl = new QHBoxLayout(details);
    dl->setContentsMargins(0, 0, 0, 0);
    for (auto [edit, title] : {std::pair{&m_before, tr("Before")}, std::pair{&m_after, tr("After")}}) {
        auto *box = new QGroupBox(title, details);
        auto *bl = new QVBoxLayout(box);
        *edit = new QPlainTextEdit(box);
        (*edit)->setReadOnly(true);
        (*edit)->setTabChangesFocus(true);
        (*edit)->setAccessibleName(tr("%1 the change").arg(title));
        bl->addWidget(*edit);
        dl->addWidget(box);
    }
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    for (QComboBox *box : {m_doctype, m_actor, m_action})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_document, &QLineEdit::editingFinished, this, &AuditPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(clear, &QPushButton::clicked, this, &AuditPage::clearFilters);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchProxy::setSearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showEntry);
    connect(&m_session, &Session::dataChanged, this, [this] {
        fillChoices();
        reload();
    });
    fillChoices();
    reload();
}

void AuditPage::fillChoices()
{
    m_filling = true;
    try {
        const Audit::Facets f = Audit(m_session.db(), m_session.clock()).facets(m_session.actor());
        auto fill = [](QComboBox *box, const QStringList &values) {
            const QString keep = box->currentData().toString();
            box->clear();
            box->addItem(AuditPage::tr("any"), QString());
            for (const QString &v : values)
                box->addItem(v, v);
            box->setCurrentIndex(qMax(0, box->findData(keep)));
        };
        fill(m_doctype, f.doctypes);
        fill(m_actor, f.actors);
        fill(m_action, f.actions);
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(e));
    }
    m_filling = false;
}

void AuditPage::clearFilters()
{
    m_filling = true;
    m_doctype->setCurrentIndex(0);
    m_actor->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_document->clear();
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    m_search->clear();
    m_filling = false;
    reload();
}

void AuditPage::reload()
{
    if (m_filling)
        return;
    Audit::Filter filter;
    filter.doctype = m_doctype->currentData().toString();
    filter.docname = m_document->text().trimmed();
    filter.actor = m_actor->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.from = m_from->date() == kAnyDate ? QDate() : m_from->date();
    filter.to = m_to->date() == kAnyDate ? QDate() : m_to->date();
    filter.limit = Limit;
    try {
        const QList<AuditEntry> rows = Audit(m_session.db(), m_session.clock()).list(m_session.actor(), filter);
        m_model->setEntries(rows);
        m_count->setText(rows.size() >= Limit ? tr("The latest %1 entries").arg(QLocale().toString(Limit))
                                              : tr("%1 entries").arg(QLocale().toString(int(rows.size()))));
        if (m_message->kind() == MessageBar::Kind::Error)
            m_message->clear();
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(e));
    }
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    m_view->resizeColumnsToContents();
    showEntry();
}

void AuditPage::showEntry()
{
    const QModelIndex i = m_view->currentIndex();
    const AuditEntry *e = i.isValid() ? m_model->entry(m_proxy->mapToSource(i).row()) : nullptr;
    m_before->setPlainText(e ? pretty(e->before) : QString());
    m_after->setPlainText(e ? pretty(e->after) : QString());
}

} // namespace lieu::ui
