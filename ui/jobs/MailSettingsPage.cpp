#include "MailSettingsPage.h"

#include "BackgroundDuties.h"
#include "Database.h"
#include "Error.h"
#include "OutboxSender.h"
#include "Session.h"
#include "Settings.h"
#include "SmtpPassword.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <memory>

namespace lieu::ui {

namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

} // namespace

MailSettingsPage::MailSettingsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_duties(BackgroundDuties::ensure(session))
{
    auto *title = new QLabel(tr("E-mail and schedule"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);

    auto *server = new QGroupBox(tr("Outgoing mail server (SMTP)"), this);
    m_host = new QLineEdit(server);
    m_host->setPlaceholderText(tr("e.g. smtp.example.org; empty: reminders wait in the outbox"));
    m_port = new QSpinBox(server);
    m_port->setRange(1, 65535);
    m_security = new QComboBox(server);
    m_security->addItem(tr("STARTTLS (usually port 587)"), QStringLiteral("starttls"));
    m_security->addItem(tr("TLS from the start (usually port 465)"), QStringLiteral("tls"));
    m_security->addItem(tr("None: plain text (a relay on this network only)"), QStringLiteral("none"));
    m_user = new QLineEdit(server);
    m_user->setPlaceholderText(tr("empty: no login"));
    m_password = new QLineEdit(server);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain, not in the database"));
    m_from = new QLineEdit(server);
    m_from->setPlaceholderText(tr("e.g. hr@example.org"));
    m_caFile = new QLineEdit(server);
    m_caFile->setPlaceholderText(tr("only for a server with a private or self-signed certificate"));
    auto *browse = new QPushButton(tr("Browse…"), server);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_ignoreTls = new QCheckBox(tr("Accept any certificate (test servers only: anyone on the way could read the mail)"), server);
    m_timeout = new QSpinBox(server);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_from->setObjectName(QStringLiteral("smtpFrom"));
    m_caFile->setObjectName(QStringLiteral("smtpCaFile"));
    auto *form = new QFormLayout(server);
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Security"), m_security);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("From address"), m_from);
    form->addRow(tr("CA certificate"), caRow);
    form->addRow(QString(), m_ignoreTls);
    form->addRow(tr("Timeout for each step"), m_timeout);

    auto *schedule = new QGroupBox(tr("When the background duties run"), this);
    m_expiryTime = new QTimeEdit(schedule);
    m_expiryTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_reminderDay = new QComboBox(schedule);
    for (int d = 1; d <= 7; ++d)
        m_reminderDay->addItem(QLocale().dayName(d), d);
    m_reminderTime = new QTimeEdit(schedule);
    m_reminderTime->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *scheduleForm = new QFormLayout(schedule);
    scheduleForm->addRow(tr("Expire TOIL daily at"), m_expiryTime);
    scheduleForm->addRow(tr("Send reminders every"), m_reminderDay);
    scheduleForm->addRow(tr("at"), m_reminderTime);

    auto *saveButton = new QPushButton(tr("Save"), this);
    auto *revert = new QPushButton(tr("Revert"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(revert);
    buttons->addWidget(saveButton);

    auto *test = new QGroupBox(tr("Test"), this);
    m_testTo = new QLineEdit(test);
    m_testTo->setPlaceholderText(tr("send to this address"));
    m_testTo->setObjectName(QStringLiteral("testAddress"));
    m_testButton = new QPushButton(tr("Send a test e-mail"), test);
    m_transcript = new QPlainTextEdit(test);
    m_transcript->setReadOnly(true);
    m_transcript->setPlaceholderText(tr("The conversation with the server shows here (without the password)."));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testTo, 1);
    testRow->addWidget(m_testButton);
    auto *testLayout = new QVBoxLayout(test);
    testLayout->addLayout(testRow);
    testLayout->addWidget(m_transcript);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(server);
    layout->addWidget(schedule);
    layout->addLayout(buttons);
    layout->addWidget(test, 1);

    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(revert, &QPushButton::clicked, this, &MailSettingsPage::load);
    connect(m_testButton, &QPushButton::clicked, this, &MailSettingsPage::sendTest);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), {}, tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    // Switching the security to one whose usual port differs moves a usual port along.
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        static const QList<int> usual{25, 465, 587};
        if (!usual.contains(m_port->value()))
            return;
        const QString s = m_security->currentData().toString();
        m_port->setValue(s == QLatin1String("tls") ? 465 : s == QLatin1String("starttls") ? 587 : 25);
    });
    connect(m_duties->password(), &SmtpPassword::loaded, this, [this](const QString &password, const QString &error) {
        if (!m_passwordEdited)
            m_password->setText(password);
        if (!error.isEmpty() && !m_host->text().isEmpty() && !m_user->text().isEmpty())
            setStatus(tr("Password: %1").arg(error), false);
    });
    load();
}

void MailSettingsPage::load()
{
    const Settings s(m_session.db(), m_session.clock());
    m_host->setText(s.value(key(Settings::SmtpHost)));
    m_port->setValue(s.intValue(key(Settings::SmtpPort)));
    const QSignalBlocker block(m_security);
    m_security->setCurrentIndex(qMax(0, m_security->findData(s.value(key(Settings::SmtpSecurity)))));
    m_user->setText(s.value(key(Settings::SmtpUser)));
    m_from->setText(s.value(key(Settings::SmtpFrom)));
    m_caFile->setText(s.value(key(Settings::SmtpCaFile)));
    m_ignoreTls->setChecked(s.value(key(Settings::SmtpIgnoreTlsErrors)) == QLatin1String("1"));
    m_timeout->setValue(s.intValue(key(Settings::SmtpTimeoutSeconds)));
    m_expiryTime->setTime(s.timeValue(key(Settings::ExpiryTime)));
    m_reminderDay->setCurrentIndex(qBound(1, s.intValue(key(Settings::ReminderWeekday)), 7) - 1);
    m_reminderTime->setTime(s.timeValue(key(Settings::ReminderTime)));
    m_password->clear();
    m_passwordEdited = false;
    m_duties->reloadPassword();
    setStatus({}, false);
}

bool MailSettingsPage::save()
{
    const QList<QPair<QString, QString>> values = {
        {key(Settings::SmtpHost), m_host->text().trimmed()},
        {key(Settings::SmtpPort), QString::number(m_port->value())},
        {key(Settings::SmtpSecurity), m_security->currentData().toString()},
        {key(Settings::SmtpUser), m_user->text().trimmed()},
        {key(Settings::SmtpFrom), m_from->text().trimmed()},
        {key(Settings::SmtpCaFile), m_caFile->text().trimmed()},
        {key(Settings::SmtpIgnoreTlsErrors), m_ignoreTls->isChecked() ? QStringLiteral("1") : QStringLiteral("0")},
        {key(Settings::SmtpTimeoutSeconds), QString::number(m_timeout->value())},
        {key(Settings::ExpiryTime), m_expiryTime->time().toString(QStringLiteral("HH:mm"))},
        {key(Settings::ReminderWeekday), QString::number(m_reminderDay->currentData().toInt())},
        {key(Settings::ReminderTime), m_reminderTime->time().toString(QStringLiteral("HH:mm"))},
    };
    Settings s(m_session.db(), m_session.clock());
    try {
        Transaction tx(m_session.db());
        for (const auto &[k, v] : values)
            if (s.value(k) != v)
                s.set(m_session.actor(), k, v);
        tx.commit();
    } catch (const Error &e) {
        setStatus(e.message(), true);
        return false;
    }
    setStatus(tr("Saved."), false);
    if (m_passwordEdited && !m_user->text().trimmed().isEmpty()) {
        m_passwordEdited = false;
        auto *password = m_duties->password();
        connect(password, &SmtpPassword::stored, this, [this](bool ok, const QString &error) {
            setStatus(ok ? tr("Saved, with the password in the system keychain.")
                         : tr("Saved, but the system keychain did not take the password (%1). Until it does, Lieu "
                              "uses the password for this session only; set LIEU_SMTP_PASSWORD to give it one for good.")
                               .arg(error),
                      !ok);
        }, Qt::SingleShotConnection);
        password->store(SmtpPassword::keyFor(m_user->text().trimmed(), m_host->text().trimmed(), m_port->value()),
                        m_password->text());
    }
    m_session.notifyChanged();
    return true;
}

void MailSettingsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b02020;") : QString());
}

QString MailSettingsPage::statusText() const
{
    return m_status->text();
}

void MailSettingsPage::sendTest()
{
    if (m_testing)
        return;
    const QString to = m_testTo->text().trimmed();
    if (!to.contains(QLatin1Char('@'))) {
        setStatus(tr("Test address: \"%1\" is not an e-mail address").arg(to), true);
        return;
    }
    // The form as it stands, saved or not: a setting can be tried before it is kept.
    mail::MailSettings settings;
    settings.smtp.host = m_host->text().trimmed();
    settings.smtp.port = quint16(m_port->value());
    settings.smtp.security = mail::SmtpConfig::securityFromName(m_security->currentData().toString());
    settings.smtp.user = m_user->text().trimmed();
    settings.smtp.password = m_password->text().isEmpty() ? m_duties->password()->cached() : m_password->text();
    settings.smtp.caFile = m_caFile->text().trimmed();
    settings.smtp.ignoreTlsErrors = m_ignoreTls->isChecked();
    settings.smtp.timeoutMs = m_timeout->value() * 1000;
    settings.from.address = m_from->text().trimmed();
    settings.from.name = Settings(m_session.db(), m_session.clock()).value(key(Settings::OrganisationName));
    const QDateTime now = m_session.clock().now();
    const QString subject = tr("Lieu test e-mail");
    const QString body = tr("This is a test e-mail from Lieu for %1.\n\nIf you can read it, the SMTP settings work.").arg(settings.from.name);

    m_testing = true;
    m_testButton->setEnabled(false);
    m_transcript->setPlainText(tr("Connecting to %1:%2…").arg(settings.smtp.host).arg(settings.smtp.port));
    auto result = std::make_shared<QPair<bool, QString>>();
    // The SMTP conversation waits on the network: never on the GUI thread.
    QThread *worker = QThread::create([=] {
        try {
            *result = {true, mail::sendTestMail(settings, to, subject, body, now).join(QLatin1Char('\n'))};
        } catch (const mail::SmtpFailure &f) {
            *result = {false, f.message};
        }
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, to] {
        m_testing = false;
        m_testButton->setEnabled(true);
        m_transcript->setPlainText(result->second);
        setStatus(result->first ? tr("Test e-mail sent to %1.").arg(to) : tr("The test e-mail was not sent."), !result->first);
        Q_EMIT testFinished(result->first, result->second);
    });
    worker->start();
}

} // namespace lieu::ui
