#include "TrackerFile.h"

#include "Csv.h"
#include "Error.h"
#include "Text.h"
#include "Units.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace lieu::import {

namespace {

enum Field {
    FEmail, FUser, FFirst, FLast, FDate, FStartTime, FEndDate, FEndTime, FDuration, FDurationDecimal, FHours,
    FBillable, FProject, FTask, FActivity, FDescription, FCount
};

struct ColumnSpec
{
    Field field;
    bool required;
    QStringList aliases; // normalised: lower case, single spaces
};

struct LayoutSpec
{
    Layout layout;
    QList<ColumnSpec> columns;
};

using Columns = std::array<int, FCount>;

// The header names of each layout. Kimai names its columns in the user's language: English, German,
// French, Spanish and Dutch are listed.
const QList<LayoutSpec> &layouts()
{
    static const QList<LayoutSpec> specs = {
        {Layout::Clockify,
         {{FEmail, true, {u"email"_s}},
          {FUser, false, {u"user"_s}},
          {FDate, true, {u"start date"_s}},
          {FStartTime, false, {u"start time"_s}},
          {FEndDate, false, {u"end date"_s}},
          {FEndTime, false, {u"end time"_s}},
          {FDuration, false, {u"duration (h)"_s}},
          {FDurationDecimal, false, {u"duration (decimal)"_s}},
          {FBillable, true, {u"billable"_s}},
          {FProject, false, {u"project"_s}},
          {FTask, false, {u"task"_s}},
          {FDescription, false, {u"description"_s}}}},
        {Layout::Toggl,
         {{FEmail, true, {u"email"_s}},
          {FUser, false, {u"user"_s, u"member"_s}},
          {FDate, true, {u"start date"_s}},
          {FStartTime, false, {u"start time"_s}},
          {FEndDate, false, {u"end date"_s}},
          {FEndTime, false, {u"end time"_s}},
          {FDuration, true, {u"duration"_s}},
          {FBillable, true, {u"billable"_s}},
          {FProject, false, {u"project"_s}},
          {FTask, false, {u"task"_s}},
          {FDescription, false, {u"description"_s}}}},
        {Layout::Harvest,
         {{FFirst, true, {u"first name"_s}},
          {FLast, true, {u"last name"_s}},
          {FDate, true, {u"date"_s, u"spent date"_s}},
          {FHours, true, {u"hours"_s}},
          {FBillable, true, {u"billable?"_s}},
          {FProject, false, {u"project"_s}},
          {FTask, false, {u"task"_s}},
          {FDescription, false, {u"notes"_s}}}},
        {Layout::Generic,
         {{FEmail, true, {u"email"_s, u"e-mail"_s}},
          {FDate, true, {u"date"_s}},
          {FHours, true, {u"hours"_s}},
          {FBillable, true, {u"billable"_s}},
          {FActivity, false, {u"activity"_s}},
          {FDescription, false, {u"description"_s}}}},
        {Layout::Kimai,
         {{FEmail, true, {u"e-mail"_s, u"email"_s, u"courriel"_s, u"correo electrónico"_s, u"correo"_s}},
          {FUser, false, {u"name"_s, u"user"_s, u"benutzer"_s, u"nom"_s, u"utilisateur"_s, u"nombre"_s, u"usuario"_s,
                          u"naam"_s, u"gebruiker"_s}},
          {FDate, true, {u"date"_s, u"datum"_s, u"fecha"_s}},
          {FStartTime, false, {u"from"_s, u"begin"_s, u"start"_s, u"von"_s, u"beginn"_s, u"début"_s, u"de"_s,
                               u"desde"_s, u"inicio"_s, u"van"_s}},
          {FEndTime, false, {u"to"_s, u"end"_s, u"bis"_s, u"ende"_s, u"fin"_s, u"à"_s, u"a"_s, u"hasta"_s, u"tot"_s,
                             u"einde"_s}},
          {FDuration, true, {u"duration"_s, u"dauer"_s, u"durée"_s, u"duración"_s, u"duur"_s}},
          {FBillable, true, {u"billable"_s, u"abrechenbar"_s, u"facturable"_s, u"factureerbaar"_s, u"declarabel"_s}},
          {FProject, false, {u"project"_s, u"projekt"_s, u"projet"_s, u"proyecto"_s}},
          {FActivity, false, {u"activity"_s, u"tätigkeit"_s, u"activité"_s, u"actividad"_s, u"activiteit"_s}},
          {FDescription, false, {u"description"_s, u"beschreibung"_s, u"descripción"_s, u"omschrijving"_s,
                                 u"beschrijving"_s}}}},
    };
    return specs;
}

const LayoutSpec &specFor(Layout layout)
{
    for (const LayoutSpec &s : layouts())
        if (s.layout == layout)
            return s;
    Q_UNREACHABLE();
}

QString normalise(const QString &header)
{
    QString h = header;
    h.remove(QChar(0xFEFF));
    return h.simplified().toLower();
}

// The columns of `spec` found in the header; the names of required ones that are missing.
Columns resolve(const LayoutSpec &spec, const QStringList &header, QStringList *missing)
{
    Columns cols;
    cols.fill(-1);
    for (const ColumnSpec &c : spec.columns) {
        for (int i = 0; i < header.size() && cols[c.field] < 0; ++i)
            if (c.aliases.contains(header.at(i)))
                cols[c.field] = i;
        if (c.required && cols[c.field] < 0 && missing)
            *missing << c.aliases.first();
    }
    if (spec.layout == Layout::Clockify && cols[FDuration] < 0 && cols[FDurationDecimal] < 0 && missing)
        *missing << u"duration (h)"_s;
    return cols;
}

const QRegularExpression &isoLike()
{
    static const QRegularExpression re(u"^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"_s);
    return re;
}

const QRegularExpression &dayMonth()
{
    static const QRegularExpression re(u"^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})$"_s);
    return re;
}

constexpr int kMaxActivity = 140;
constexpr int kMaxDescription = 2000;

} // namespace

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Auto: return u"auto"_s;
    case Layout::Toggl: return u"toggl"_s;
    case Layout::Clockify: return u"clockify"_s;
    case Layout::Kimai: return u"kimai"_s;
    case Layout::Harvest: return u"harvest"_s;
    case Layout::Generic: return u"generic"_s;
    }
    return {};
}

QString layoutTitle(Layout layout)
{
    switch (layout) {
    case Layout::Auto: return TrackerFile::tr("Detect from the header");
    case Layout::Toggl: return TrackerFile::tr("Toggl Track detailed report");
    case Layout::Clockify: return TrackerFile::tr("Clockify detailed report");
    case Layout::Kimai: return TrackerFile::tr("Kimai timesheet export");
    case Layout::Harvest: return TrackerFile::tr("Harvest detailed time report");
    case Layout::Generic: return TrackerFile::tr("Generic CSV (date, hours, billable, activity, description, email)");
    }
    return {};
}

Layout layoutFromName(const QString &name, const QString &field)
{
    for (Layout l : {Layout::Auto, Layout::Toggl, Layout::Clockify, Layout::Kimai, Layout::Harvest, Layout::Generic})
        if (name.trimmed().compare(layoutName(l), Qt::CaseInsensitive) == 0)
            return l;
    throw Error::invalid(field, name,
                         TrackerFile::tr("%1: \"%2\" is not a layout (toggl, clockify, kimai, harvest, generic or auto)")
                             .arg(field, name));
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Detect: return u"detect"_s;
    case DateOrder::DayFirst: return u"dmy"_s;
    case DateOrder::MonthFirst: return u"mdy"_s;
    case DateOrder::YearFirst: return u"ymd"_s;
    }
    return {};
}

DateOrder dateOrderFromName(const QString &name, const QString &field)
{
    for (DateOrder o : {DateOrder::Detect, DateOrder::DayFirst, DateOrder::MonthFirst, DateOrder::YearFirst})
        if (name.trimmed().compare(dateOrderName(o), Qt::CaseInsensitive) == 0)
            return o;
    throw Error::invalid(field, name,
                         TrackerFile::tr("%1: \"%2\" is not a date order (dmy, mdy, ymd or detect)").arg(field, name));
}

bool TrackerFile::parseYesNo(const QString &text, bool *value)
{
    static const QStringList yes = {u"yes"_s, u"y"_s, u"true"_s, u"1"_s, u"billable"_s,  // en
                                    u"ja"_s, u"j"_s, u"wahr"_s, u"abrechenbar"_s,        // de, nl
                                    u"oui"_s, u"o"_s, u"vrai"_s, u"facturable"_s,        // fr
                                    u"sí"_s, u"si"_s, u"s"_s, u"verdadero"_s,            // es
                                    u"waar"_s, u"factureerbaar"_s};                      // nl
    static const QStringList no = {u"no"_s, u"n"_s, u"false"_s, u"0"_s, u"non-billable"_s, u"not billable"_s,
                                   u"nein"_s, u"falsch"_s, u"nicht abrechenbar"_s,
                                   u"non"_s, u"faux"_s, u"non facturable"_s,
                                   u"falso"_s, u"no facturable"_s,
                                   u"nee"_s, u"onwaar"_s, u"niet factureerbaar"_s};
    const QString t = text.simplified().toLower();
    if (yes.contains(t)) {
        *value = true;
        return true;
    }
    if (no.contains(t)) {
        *value = false;
        return true;
    }
    return false;
}

bool TrackerFile::parseTime(const QString &text, QTime *value)
{
    static const QRegularExpression re(
        u"^(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?\\s*(?:([AaPp])\\.?\\s*[Mm]\\.?)?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    int h = m.captured(1).toInt();
    const int min = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const int sec = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    const QString ampm = m.captured(4).toLower();
    if (m.captured(2).isEmpty() && ampm.isEmpty())
        return false; // a bare number is not a time
    if (!ampm.isEmpty()) {
        if (h < 1 || h > 12)
            return false;
        h = (h % 12) + (ampm == QLatin1String("p") ? 12 : 0);
    }
    const QTime t(h, min, sec);
    if (!t.isValid())
        return false;
    *value = t;
    return true;
}

bool TrackerFile::parseDate(const QString &text, DateOrder order, QDate *value)
{
    const QString t = text.trimmed();
    QDate d;
    if (const auto m = isoLike().match(t); m.hasMatch()) {
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto dm = dayMonth().match(t); dm.hasMatch() && order != DateOrder::YearFirst &&
                                                    order != DateOrder::Detect) {
        int a = dm.captured(1).toInt(), b = dm.captured(2).toInt();
        int y = dm.captured(3).toInt();
        if (dm.captured(3).size() == 2)
            y += 2000;
        d = order == DateOrder::DayFirst ? QDate(y, b, a) : QDate(y, a, b);
    }
    if (!d.isValid())
        return false;
    *value = d;
    return true;
}

ReadResult TrackerFile::read(const QByteArray &bytes, const ReadOptions &options)
{
    const csv::Document doc = csv::parse(bytes);
    const QStringList rawHeader = doc.records.first().fields;
    QStringList header;
    for (const QString &h : rawHeader)
        header << normalise(h);

    ReadResult result;
    result.separator = doc.separator;
    result.encoding = doc.encoding;

    Columns cols;
    if (options.layout != Layout::Auto) {
        QStringList missing;
        cols = resolve(specFor(options.layout), header, &missing);
        if (!missing.isEmpty())
            throw Error::invalid(csv::location(doc.records.first().line, 1), rawHeader.join(doc.separator).left(200),
                                 tr("line 1: the %1 layout needs the column(s) %2; the header has: %3")
                                     .arg(layoutTitle(options.layout), missing.join(u", "_s), rawHeader.join(u", "_s)));
        result.layout = options.layout;
    } else {
        for (const LayoutSpec &spec : layouts()) {
            QStringList missing;
            const Columns c = resolve(spec, header, &missing);
            if (missing.isEmpty()) {
                cols = c;
                result.layout = spec.layout;
                break;
            }
        }
        if (result.layout == Layout::Auto)
            throw Error::invalid(csv::location(doc.records.first().line, 1), rawHeader.join(doc.separator).left(200),
                                 tr("line 1: the header matches no known layout (Toggl Track, Clockify, Kimai, Harvest, "
                                    "or the generic date, hours, billable, activity, description, email); it has: %1")
                                     .arg(rawHeader.join(u", "_s)));
    }

    // The date order: as told, or from the file's own dates.
    DateOrder order = options.dates;
    if (order == DateOrder::Detect) {
        int dayFirstLine = 0, monthFirstLine = 0, ambiguousLine = 0;
        QString dayFirstText, monthFirstText, ambiguousText;
        for (qsizetype r = 1; r < doc.records.size(); ++r) {
            for (Field f : {FDate, FEndDate}) {
                if (cols[f] < 0)
                    continue;
                const QString t = doc.records.at(r).fields.at(cols[f]).trimmed();
                const auto m = dayMonth().match(t);
                if (!m.hasMatch())
                    continue;
                const int a = m.captured(1).toInt(), b = m.captured(2).toInt();
                const int line = doc.records.at(r).line;
                if (a > 12 && b <= 12 && !dayFirstLine) {
                    dayFirstLine = line;
                    dayFirstText = t;
                } else if (b > 12 && a <= 12 && !monthFirstLine) {
                    monthFirstLine = line;
                    monthFirstText = t;
                } else if (!ambiguousLine) {
                    ambiguousLine = line;
                    ambiguousText = t;
                }
            }
        }
        if (dayFirstLine && monthFirstLine)
            throw Error::invalid(u"dates"_s, monthFirstText,
                                 tr("The dates disagree: \"%1\" on line %2 is day-first but \"%3\" on line %4 is month-first")
                                     .arg(dayFirstText)
                                     .arg(dayFirstLine)
                                     .arg(monthFirstText)
                                     .arg(monthFirstLine));
        if (dayFirstLine)
            order = DateOrder::DayFirst;
        else if (monthFirstLine)
            order = DateOrder::MonthFirst;
        else if (ambiguousLine)
            throw Error::invalid(u"dates"_s, ambiguousText,
                                 tr("Dates such as \"%1\" (line %2) can be read day-first or month-first and no date in "
                                    "the file tells which: choose the date order (dmy or mdy)")
                                     .arg(ambiguousText)
                                     .arg(ambiguousLine));
    }
    // No day-first or month-first date at all: every date was year-first.
    result.dateOrder = order == DateOrder::Detect ? DateOrder::YearFirst : order;

    QHash<QString, int> occurrences;
    for (qsizetype r = 1; r < doc.records.size(); ++r) {
        const csv::Record &rec = doc.records.at(r);
        bool empty = true;
        for (const QString &f : rec.fields)
            empty = empty && f.trimmed().isEmpty();
        if (empty)
            continue; // a spreadsheet's row of separators
        ++result.records;

        auto cell = [&](Field f) { return f < FCount && cols[f] >= 0 ? rec.fields.at(cols[f]).trimmed() : QString(); };
        auto fail = [&](Field f, const QString &reason) {
            const int column = cols[f] + 1;
            return Error::invalid(csv::location(rec.line, column), cols[f] >= 0 ? rec.fields.at(cols[f]) : QString(),
                                  tr("line %1, column %2 (%3): %4")
                                      .arg(rec.line)
                                      .arg(column)
                                      .arg(rawHeader.value(cols[f]).trimmed(), reason));
        };

        SourceRow row;
        row.line = rec.line;

        // Who.
        if (result.layout == Layout::Harvest) {
            row.firstName = cell(FFirst).simplified();
            row.lastName = cell(FLast).simplified();
            if (row.firstName.isEmpty())
                throw fail(FFirst, tr("the first name is empty"));
            if (row.lastName.isEmpty())
                throw fail(FLast, tr("the last name is empty"));
            row.person = row.firstName + QLatin1Char(' ') + row.lastName;
        } else {
            row.email = cell(FEmail).toLower();
            static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+$"_s);
            if (!email.match(row.email).hasMatch())
                throw fail(FEmail, row.email.isEmpty() ? tr("the e-mail address is empty")
                                                       : tr("\"%1\" is not an e-mail address").arg(cell(FEmail)));
            const QString user = cell(FUser).simplified();
            row.person = user.isEmpty() ? row.email : QStringLiteral("%1 <%2>").arg(user, row.email);
        }

        // When.
        row.dateText = cell(FDate);
        row.dateColumn = cols[FDate] + 1;
        if (!parseDate(row.dateText, order, &row.date))
            throw fail(FDate, row.dateText.isEmpty() ? tr("the date is empty")
                                                     : tr("\"%1\" is not a date that exists (read as %2)")
                                                           .arg(row.dateText, order == DateOrder::DayFirst   ? tr("day-first")
                                                                              : order == DateOrder::MonthFirst ? tr("month-first")
                                                                                                               : tr("year-first")));
        QDate endDate;
        if (!cell(FEndDate).isEmpty() && !parseDate(cell(FEndDate), order, &endDate))
            throw fail(FEndDate, tr("\"%1\" is not a date that exists").arg(cell(FEndDate)));
        QTime endTime;
        if (!cell(FStartTime).isEmpty() && !parseTime(cell(FStartTime), &row.start))
            throw fail(FStartTime, tr("\"%1\" is not a time of day (write 09:00, 09:00:00 or 9:00 AM)").arg(cell(FStartTime)));
        if (!cell(FEndTime).isEmpty() && !parseTime(cell(FEndTime), &endTime))
            throw fail(FEndTime, tr("\"%1\" is not a time of day (write 17:30, 17:30:00 or 5:30 PM)").arg(cell(FEndTime)));

        // How long: the tracker's own duration; without one, from the start and end (past midnight when the
        // end is not after the start and no end date says otherwise).
        Field durationField = FCount;
        for (Field f : {FDuration, FDurationDecimal, FHours}) {
            if (cols[f] < 0)
                continue;
            if (durationField == FCount)
                durationField = f;
            if (!cell(f).isEmpty()) {
                durationField = f;
                break;
            }
        }
        Q_ASSERT(durationField != FCount); // every layout has a duration column
        const QString durationText = cell(durationField);
        if (!durationText.isEmpty()) {
            try {
                row.minutes = Units::parseHours(durationText, rawHeader.value(cols[durationField]));
            } catch (const Error &) {
                throw fail(durationField,
                           tr("\"%1\" is not an amount of hours (write 7.5, 7,5, 7:30 or 07:30:00)").arg(durationText));
            }
        } else if (row.start.isValid() && endTime.isValid()) {
            const QDateTime from(row.date, row.start);
            QDateTime to(endDate.isValid() ? endDate : row.date, endTime);
            if (!endDate.isValid() && to <= from)
                to = to.addDays(1);
            if (to < from)
                throw fail(FEndDate, tr("the entry ends before it starts"));
            row.minutes = (from.secsTo(to) + 30) / 60;
        } else {
            throw fail(durationField, tr("the duration is empty and there are no start and end times to count it from"));
        }
        if (row.minutes > 24 * 60)
            throw fail(durationField, tr("%1 hours is more than a day has").arg(Units::formatHours(row.minutes)));

        // Billable (the seed rule: hours that are not billable are TOIL).
        const QString billable = cell(FBillable);
        if (!parseYesNo(billable, &row.billable))
            throw fail(FBillable, billable.isEmpty() ? tr("empty; write Yes or No")
                                                     : tr("\"%1\" is neither Yes nor No").arg(billable));

        // What.
        const QList<Field> activityFields = result.layout == Layout::Generic ? QList<Field>{FActivity}
                                            : result.layout == Layout::Kimai ? QList<Field>{FProject, FActivity}
                                                                             : QList<Field>{FProject, FTask};
        Field activityField = activityFields.first();
        QStringList parts;
        for (Field f : activityFields) {
            const QString p = cell(f).simplified();
            if (!p.isEmpty() && !parts.contains(p))
                parts << p;
            if (cols[activityField] < 0 && cols[f] >= 0)
                activityField = f;
        }
        row.activity = parts.join(u" / "_s);
        if (const QString why = Text::problem(row.activity, kMaxActivity); !why.isEmpty())
            throw fail(activityField, tr("the activity \"%1\" cannot be stored: %2").arg(Error::excerpt(row.activity), why));
        row.description = cell(FDescription);
        if (const QString why = Text::problem(row.description, kMaxDescription, Text::Lines::Multi); !why.isEmpty())
            throw fail(FDescription,
                       tr("the description \"%1\" cannot be stored: %2").arg(Error::excerpt(row.description), why));

        if (row.minutes == 0) {
            result.zeroLines << rec.line;
            continue;
        }

        // The same row always gets the same key, so a second import of the file adds nothing. Identical rows
        // (the same person, day, start, length and text twice) are told apart by their order.
        const QString identity = result.layout == Layout::Harvest ? (row.firstName + QLatin1Char(' ') + row.lastName).toLower() : row.email;
        const QString canonical = QStringList{u"lieu-import-1"_s, identity, Units::isoDate(row.date),
                                              row.start.isValid() ? row.start.toString(u"HH:mm:ss"_s) : QString(),
                                              QString::number(row.minutes), row.billable ? u"1"_s : u"0"_s,
                                              row.activity, row.description}
                                      .join(QChar(0x1F));
        const int n = occurrences[canonical]++;
        const QByteArray digest = QCryptographicHash::hash((canonical + QChar(0x1E) + QString::number(n)).toUtf8(),
                                                           QCryptographicHash::Sha256);
        row.sourceKey = u"import:"_s + QString::fromLatin1(digest.toHex().left(40));
        result.rows << row;
    }
    return result;
}

} // namespace lieu::import
