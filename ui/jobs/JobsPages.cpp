#include "JobsPages.h"

#include "JobsPage.h"
#include "MailSettingsPage.h"

#include <QApplication>
#include <QStyle>

namespace lieu::ui {

QList<PageSpec> jobsPages()
{
    QList<PageSpec> pages;
    PageSpec jobs;
    jobs.id = QStringLiteral("hr.jobs");
    jobs.title = JobsPage::tr("Background jobs");
    jobs.icon = QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
    jobs.hr = true;
    jobs.create = [](Session &session, QWidget *parent) -> QWidget * { return new JobsPage(session, parent); };
    pages << jobs;

    PageSpec mail;
    mail.id = QStringLiteral("hr.mail");
    mail.title = MailSettingsPage::tr("E-mail and schedule");
    mail.icon = QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon);
    mail.hr = true;
    mail.create = [](Session &session, QWidget *parent) -> QWidget * { return new MailSettingsPage(session, parent); };
    pages << mail;
    return pages;
}

} // namespace lieu::ui
