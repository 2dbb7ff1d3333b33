#include "ConnectionPage.h"

#include "Database.h"
#include "DatabaseSpec.h"
#include "Error.h"
#include "Session.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lieu::ui {

ConnectionPage::ConnectionPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Database connection</h2>"), this);
    layout->addWidget(title);

    m_current = new QLabel(this);
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_current);
    if (m_session) {
        QString text = tr("In use now: <b>%1</b>").arg(m_session->db().describe().toHtmlEscaped());
        const QString readOnly = m_session->db().readOnlyReason();
        if (!readOnly.isEmpty())
            text += QStringLiteral("<br><span style=\"color:#a15c00\">") + readOnly.toHtmlEscaped() + QStringLiteral("</span>");
        m_current->setText(text);
    } else {
        m_current->hide();
    }

    m_local = new QRadioButton(tr("This computer only (a database file)"), this);
    m_server = new QRadioButton(tr("A shared MariaDB or MySQL server"), this);
    layout->addWidget(m_local);

    m_localBox = new QWidget(this);
    auto *localRow = new QHBoxLayout(m_localBox);
    localRow->setContentsMargins(24, 0, 0, 0);
    m_path = new QLineEdit(m_localBox);
    m_path->setObjectName(QStringLiteral("path"));
    auto *browse = new QPushButton(tr("Choose…"), m_localBox);
    localRow->addWidget(new QLabel(tr("File:"), m_localBox));
    localRow->addWidget(m_path, 1);
    localRow->addWidget(browse);
    layout->addWidget(m_localBox);
    layout->addWidget(m_server);

    m_serverBox = new QWidget(this);
    auto *form = new QFormLayout(m_serverBox);
    form->setContentsMargins(24, 0, 0, 0);
    m_host = new QLineEdit(m_serverBox);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port = new QSpinBox(m_serverBox);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(3306);
    m_database = new QLineEdit(m_serverBox);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(m_serverBox);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(m_serverBox);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password in this computer's keychain"), m_serverBox);
    m_tls = new QCheckBox(tr("Encrypt the connection (TLS)"), m_serverBox);
    auto *caRow = new QWidget(m_serverBox);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_ca = new QLineEdit(caRow);
    m_ca->setObjectName(QStringLiteral("ca"));
    m_ca->setPlaceholderText(tr("the system's authorities"));
    m_caButton = new QPushButton(tr("Choose…"), caRow);
    caLayout->addWidget(m_ca, 1);
    caLayout->addWidget(m_caButton);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Account:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_tls);
    form->addRow(tr("Certificate authority:"), caRow);
    layout->addWidget(m_serverBox);

    auto *buttons = new QHBoxLayout;
    auto *test = new QPushButton(tr("Test connection"), this);
    test->setObjectName(QStringLiteral("test"));
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("save"));
    buttons->addWidget(test);
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *note = new QLabel(tr("A saved connection is used from the next start of Lieu. Every desktop of a team points at the "
                               "same server; the server's administrator gives each team an account (see the documentation "
                               "on shared databases)."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid)"));
    layout->addWidget(note);
    layout->addStretch(1);

    connect(m_local, &QRadioButton::toggled, this, &ConnectionPage::updateEnabled);
    connect(m_tls, &QCheckBox::toggled, this, &ConnectionPage::updateEnabled);
    connect(browse, &QPushButton::clicked, this, &ConnectionPage::chooseFile);
    connect(m_caButton, &QPushButton::clicked, this, &ConnectionPage::chooseCa);
    connect(test, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });

    QSettings stored;
    ConnectionSettings s = ConnectionSettings::load(stored);
    if (!ConnectionSettings::isSaved(stored) && m_session) {
        try {
            s = ConnectionSettings::fromSpec(m_session->db().describe());
        } catch (const Error &) {
        }
    }
    setSettings(s);
}

PageSpec ConnectionPage::spec()
{
    PageSpec p;
    p.id = QStringLiteral("settings.connection");
    p.title = tr("Database connection");
    p.hr = true;
    p.create = [](Session &session, QWidget *parent) -> QWidget * { return new ConnectionPage(session, parent); };
    return p;
}

ConnectionSettings ConnectionPage::settings() const
{
    ConnectionSettings s;
    s.server = m_server->isChecked();
    s.path = m_path->text().trimmed();
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.tls = m_tls->isChecked();
    s.caFile = m_ca->text().trimmed();
    s.rememberPassword = m_remember->isChecked();
    return s;
}

void ConnectionPage::setSettings(const ConnectionSettings &s)
{
    (s.server ? m_server : m_local)->setChecked(true);
    m_path->setText(s.path);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_tls->setChecked(s.tls);
    m_ca->setText(s.caFile);
    m_remember->setChecked(s.rememberPassword);
    updateEnabled();
}

QString ConnectionPage::password() const
{
    return m_password->text();
}

void ConnectionPage::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString ConnectionPage::statusText() const
{
    return m_status->text();
}

void ConnectionPage::updateEnabled()
{
    const bool server = m_server->isChecked();
    m_localBox->setEnabled(!server);
    m_serverBox->setEnabled(server);
    m_ca->setEnabled(server && m_tls->isChecked());
    m_caButton->setEnabled(server && m_tls->isChecked());
}

void ConnectionPage::showStatus(bool ok, const QString &text)
{
    m_status->setStyleSheet(ok ? QStringLiteral("color: #1b6e20") : QStringLiteral("color: #b00020"));
    m_status->setText(text);
}

void ConnectionPage::chooseFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Lieu database file"), m_path->text(), tr("Lieu databases (*.sqlite)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_path->setText(file);
}

void ConnectionPage::chooseCa()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("The server's certificate authority"), m_ca->text(),
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_ca->setText(file);
}

bool ConnectionPage::testConnection()
{
    try {
        const QString spec = settings().spec();
        // A file that does not exist yet is fine: Lieu creates it on the first start.
        if (!DatabaseSpec::isServerSpec(spec) && !QFileInfo::exists(spec)) {
            showStatus(true, tr("%1 does not exist yet: Lieu creates it when it starts with this setting").arg(spec));
            return true;
        }
        auto db = Database::open(spec, password());
        const int have = db->schemaVersion();
        const int want = Database::latestSchemaVersion();
        QStringList lines;
        if (db->dialect() == Database::Dialect::MySQL) {
            lines << tr("Connected to %1 (server %2) as %3.")
                         .arg(db->spec().host, db->scalar(QStringLiteral("SELECT VERSION()")).toString(), db->spec().user);
            QSqlQuery q = db->exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"));
            const QString cipher = q.next() ? q.value(1).toString() : QString();
            lines << (cipher.isEmpty() ? tr("The connection is not encrypted.") : tr("The connection is encrypted (%1).").arg(cipher));
        } else {
            lines << tr("Opened %1.").arg(spec);
        }
        if (have < 0)
            lines << tr("This database holds something other than Lieu: choose another.");
        else if (have == 0)
            lines << tr("The database is empty: the administrator prepares it with \"lieuctl migrate\".");
        else if (have < want)
            lines << tr("Its schema is version %1; this Lieu needs %2: the administrator upgrades it with \"lieuctl migrate\".").arg(have).arg(want);
        else
            lines << tr("Schema version %1 (this Lieu knows %2).").arg(have).arg(want);
        const QString readOnly = have >= want ? db->readOnlyReason() : QString();
        if (!readOnly.isEmpty())
            lines << readOnly;
        const bool ok = have > 0 && have >= want;
        showStatus(ok, lines.join(QLatin1Char(' ')));
        return ok;
    } catch (const Error &e) {
        showStatus(false, tr("No connection: %1").arg(e.message()));
        return false;
    }
}

bool ConnectionPage::save()
{
    const ConnectionSettings s = settings();
    QString spec;
    try {
        spec = s.spec();
    } catch (const Error &e) {
        showStatus(false, e.message());
        return false;
    }
    QSettings stored;
    s.save(stored);
    QString message = tr("Saved: Lieu opens %1 from its next start.").arg(spec);
    bool ok = true;
    if (s.server) {
        QString error;
        if (s.rememberPassword && !password().isEmpty()) {
            if (PasswordStore::save(spec, password(), &error)) {
                message += QLatin1Char(' ') + tr("The password is in this computer's keychain.");
            } else {
                ok = false;
                message += QLatin1Char(' ') + tr("The password was not remembered (%1): Lieu asks for it at the start.").arg(error);
            }
        } else if (!s.rememberPassword) {
            PasswordStore::remove(spec, &error);
            message += QLatin1Char(' ') + tr("The password is not remembered: Lieu asks for it at the start.");
        }
    }
    showStatus(ok, message);
    return ok;
}

} // namespace lieu::ui
