#include "device/tools/csv_import.h"

#include "core/records/record_text.h"
#include "core/records/validation.h"
#include "core/text/text.h"

#include <QHash>

namespace kh {

bool parseCsv(const QString &text, QChar sep, std::vector<QStringList> *rows, QString *why)
{
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else
                    quoted = false;
            } else {
                if (c == QLatin1Char('\n')) ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == sep) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r'))
            continue;
        else if (c == QLatin1Char('\n')) {
            row << field;
            rows->push_back(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (why) *why = QStringLiteral("line %1: a quoted field is never closed").arg(line);
        return false;
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows->push_back(row);
    }
    return true;
}

namespace {

QString column(const QString &header)
{
    const QString h = foldForSearch(header).replace(QLatin1Char(' '), QLatin1Char('_'));
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("village"), QStringLiteral("village")},
        {QStringLiteral("thon"), QStringLiteral("village")},
        {QStringLiteral("head"), QStringLiteral("head")},
        {QStringLiteral("chu_ho"), QStringLiteral("head")},
        {QStringLiteral("ho_ten_chu_ho"), QStringLiteral("head")},
        {QStringLiteral("head_family"), QStringLiteral("head_family")},
        {QStringLiteral("ho"), QStringLiteral("head_family")},
        {QStringLiteral("head_middle"), QStringLiteral("head_middle")},
        {QStringLiteral("ten_dem"), QStringLiteral("head_middle")},
        {QStringLiteral("head_given"), QStringLiteral("head_given")},
        {QStringLiteral("ten"), QStringLiteral("head_given")},
        {QStringLiteral("address"), QStringLiteral("address")},
        {QStringLiteral("dia_chi"), QStringLiteral("address")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("dien_thoai"), QStringLiteral("phone")},
        {QStringLiteral("so_dien_thoai"), QStringLiteral("phone")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
        {QStringLiteral("ghi_chu"), QStringLiteral("notes")},
    };
    return aliases.value(h);
}

} // namespace

namespace {

// One import, row by row: the file's rows and columns, what the device already holds, and the households made.
class HouseholdCsv {
public:
    HouseholdCsv(LocalStore &store, const std::string &defaultVillage)
        : m_store(store), m_defaultVillage(defaultVillage)
    {}

    // Decodes the file (UTF-8, BOM or not, comma or semicolon) into rows. False with errors in `res`.
    bool read(const QByteArray &fileIn, CsvImportResult &res)
    {
        QByteArray file = fileIn;
        if (file.startsWith("\xEF\xBB\xBF")) file = file.mid(3);
        if (!isValidUtf8(file)) {
            // Name the first bad line so the user can find it.
            int line = 1;
            for (const QByteArray &l : file.split('\n')) {
                if (!isValidUtf8(l)) break;
                ++line;
            }
            res.errors << QStringLiteral("row %1: the file is not valid UTF-8 (save it as \"CSV UTF-8\")").arg(line);
            return false;
        }
        const QString text = QString::fromUtf8(file);
        const qsizetype nl = text.indexOf(QLatin1Char('\n'));
        const QString first = text.left(nl < 0 ? text.size() : nl);
        const QChar sep =
            first.count(QLatin1Char(';')) > first.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
        QString why;
        if (!parseCsv(text, sep, &rows, &why)) {
            res.errors << why;
            return false;
        }
        if (rows.empty()) {
            res.errors << QStringLiteral("the file is empty");
            return false;
        }
        return readHeader(res);
    }

    // Villages by id and by folded name; existing households by (village, folded head name, folded address).
    void loadExisting()
    {
        for (const Record &v : m_store.list(pb::RECORD_TYPE_VILLAGE)) {
            auto m = domain::parse(v.type, v.values());
            m_villageIds.insert(QString::fromStdString(v.id), true);
            if (m) m_villageByName.insert(foldForSearch(domain::title(v.type, *m)), v.id);
        }
        for (const Record &r : m_store.list(pb::RECORD_TYPE_HOUSEHOLD)) {
            pb::Household h;
            if (h.ParseFromString(r.values())) m_existing.insert(dupKey(h.village_id(), h), true);
        }
    }

    // The household of row `i` (0-based), or an error in `res`; nullptr also for an empty row.
    std::shared_ptr<pb::Household> household(size_t i, bool allowDuplicates, CsvImportResult &res)
    {
        const QStringList &row = rows[i];
        const int rowNo = int(i) + 1;
        if (row.join(QString()).trimmed().isEmpty()) return nullptr;
        auto get = [&](const char *name) {
            const int c = m_col.value(QLatin1String(name), -1);
            return c >= 0 && c < row.size() ? cleanText(row[c]) : QString();
        };
        auto fail = [&](const QString &why) {
            res.errors << QStringLiteral("row %1: %2").arg(rowNo).arg(why);
            return nullptr;
        };
        auto h = std::make_shared<pb::Household>();
        std::string village = m_defaultVillage;
        if (m_col.contains(QStringLiteral("village")) && !get("village").isEmpty()) {
            const QString v = get("village");
            if (m_villageIds.contains(v))
                village = v.toStdString();
            else if (m_villageByName.contains(foldForSearch(v)))
                village = m_villageByName.value(foldForSearch(v));
            else
                return fail(QStringLiteral("village: no village '%1' on this device").arg(v));
        }
        if (village.empty()) return fail(QStringLiteral("village: required"));
        h->set_village_id(village);
        NameParts n = m_col.contains(QStringLiteral("head")) ? splitFullName(get("head")) : NameParts{};
        if (m_col.contains(QStringLiteral("head_given")))
            n = NameParts{get("head_family"), get("head_middle"), get("head_given")};
        if (n.given.isEmpty()) return fail(QStringLiteral("head: the head of household's name is empty"));
        h->set_head_family_name(n.family.toStdString());
        h->set_head_middle_name(n.middle.toStdString());
        h->set_head_given_name(n.given.toStdString());
        if (!get("address").isEmpty()) h->set_address(get("address").toStdString());
        if (!get("notes").isEmpty()) h->set_notes(get("notes").toStdString());
        if (!get("phone").isEmpty()) {
            QString pwhy;
            const auto p = normalizePhone(get("phone"), &pwhy);
            if (!p) return fail(QStringLiteral("phone: %1").arg(pwhy));
            h->set_phone(p->toStdString());
        }
        const QString err = domain::validateChange(pb::RECORD_TYPE_HOUSEHOLD, *h, {}, true, m_store.clock().year());
        if (!err.isEmpty()) return fail(err);
        const QString key = dupKey(village, *h);
        if (m_existing.contains(key) && !allowDuplicates)
            return fail(QStringLiteral("head: looks like a household already recorded in this village (same head and "
                                       "address); use --allow-duplicates if it really is another"));
        m_existing.insert(key, true);
        return h;
    }

    std::vector<QStringList> rows;

private:
    bool readHeader(CsvImportResult &res)
    {
        for (int i = 0; i < rows[0].size(); ++i) {
            const QString c = column(rows[0][i]);
            if (c.isEmpty()) {
                res.errors << QStringLiteral("row 1: unknown column '%1'").arg(rows[0][i]);
                continue;
            }
            m_col.insert(c, i);
        }
        if (!m_col.contains(QStringLiteral("head")) && !m_col.contains(QStringLiteral("head_given")))
            res.errors << QStringLiteral("row 1: needs a 'head' column (or head_family, head_middle, head_given)");
        if (!m_col.contains(QStringLiteral("village")) && m_defaultVillage.empty())
            res.errors << QStringLiteral("row 1: needs a 'village' column, or give the village with --village");
        return res.errors.isEmpty();
    }

    static QString dupKey(const std::string &village, const pb::Household &h)
    {
        return QString::fromStdString(village) + QLatin1Char('|') +
               foldForSearch(joinName(QString::fromStdString(h.head_family_name()),
                                      QString::fromStdString(h.head_middle_name()),
                                      QString::fromStdString(h.head_given_name()))) +
               QLatin1Char('|') + foldForSearch(QString::fromStdString(h.address()));
    }

    LocalStore &m_store;
    std::string m_defaultVillage;
    QHash<QString, int> m_col;
    QHash<QString, std::string> m_villageByName;
    QHash<QString, bool> m_villageIds;
    QHash<QString, bool> m_existing;
};

} // namespace

CsvImportResult importHouseholdsCsv(LocalStore &store, const QByteArray &file, const std::string &defaultVillage,
                                    bool allowDuplicates)
{
    CsvImportResult res;
    HouseholdCsv csv(store, defaultVillage);
    if (!csv.read(file, res)) return res;
    csv.loadExisting();
    std::vector<Edit> edits;
    for (size_t i = 1; i < csv.rows.size(); ++i)
        if (auto h = csv.household(i, allowDuplicates, res))
            edits.push_back({pb::RECORD_TYPE_HOUSEHOLD, store.newId(), h, {}, false});
    if (!res.errors.isEmpty()) return res;
    if (edits.empty()) {
        res.errors << QStringLiteral("no households in the file");
        return res;
    }
    try {
        store.write(edits);
    } catch (const EditError &e) {
        res.errors << QString::fromUtf8(e.what());
        return res;
    }
    res.imported = int(edits.size());
    return res;
}

} // namespace kh
