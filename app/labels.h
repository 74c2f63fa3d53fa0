// Words for the domain's enums in the UI language: record stages, sex, relation, schooling, literacy,
// village kinds. One place, so pages and models say the same thing. The option lists are indexed by the
// protobuf enum value (index 0 = "not given").
#pragma once

#include "core/learning/computed_items.h"
#include "core/learning/scoring.h"
#include "core/learning/stage.h"
#include "records.pb.h"

#include <QLocale>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

class Labels : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList sexOptions READ sexOptions NOTIFY retranslated)
    Q_PROPERTY(QStringList relationOptions READ relationOptions NOTIFY retranslated)
    Q_PROPERTY(QStringList schoolingOptions READ schoolingOptions NOTIFY retranslated)
    Q_PROPERTY(QStringList literacyOptions READ literacyOptions NOTIFY retranslated)
    Q_PROPERTY(QStringList povertyOptions READ povertyOptions NOTIFY retranslated)
    Q_PROPERTY(QStringList villageKindOptions READ villageKindOptions NOTIFY retranslated)
    Q_PROPERTY(QStringList statusFilterOptions READ statusFilterOptions NOTIFY retranslated)

public:
    // Where a subject stands this year, for QML (mirrors domain::Stage).
    enum class Stage { None, Registered, Declared, Verified, Recognised, NotRecognised };
    Q_ENUM(Stage)

    static Labels *instance();
    static Labels *create(QQmlEngine *, QJSEngine *);

    static QStringList sexOptions();
    static QStringList relationOptions();
    static QStringList schoolingOptions();
    static QStringList literacyOptions();
    static QStringList povertyOptions(); // pb::Poverty order
    static QStringList villageKindOptions();
    static QStringList statusFilterOptions(); // HouseholdListModel::StatusFilter order
    static QString stage(domain::Stage s);
    // What the records say for a computed criteria item, in the UI language (the Vietnamese is the records'
    // own, domain::Computed::explanation); empty when nothing was computed.
    static QString computed(const domain::Computed &c);
    // Why a result does not pass, in the UI language (the Vietnamese is identical to domain::vietnamese).
    static QString shortfall(const domain::Shortfall &s);
    static QString shortfalls(const std::vector<domain::Shortfall> &all); // "…; …"
    // A donor's kind (pb::DonorKind) and an award's category (pb::AwardCategory) in words: the ledger's own are
    // Vietnamese, for the official books and postings.
    static QString donorKind(int kind);
    static QString awardCategory(int category);
    // A clan or village by name in a list of mixed records: "Clan Nguyễn", but "Họ Nguyễn" and "Thôn An Hòa" as
    // they are (the forms ask for the name with its kind; "Dòng họ Họ Nguyễn" said it twice).
    static QString clanTitle(const QString &name);
    static QString villageTitle(const QString &name);
    Q_INVOKABLE static QString stageText(int stage) { return Labels::stage(domain::Stage(stage)); }
    // A record's mark on lists and pages (SyncMarks::Mark): "Not sent", "Conflict", "Refused"; empty for none.
    Q_INVOKABLE static QString syncMark(int mark);
    // An account's role ("commune-staff", as access::roleName spells it) in words.
    Q_INVOKABLE static QString roleName(const QString &role);
    // A count in the UI language's format: "10.000" in Vietnamese, "10,000" in English.
    Q_INVOKABLE static QString number(int n) { return QLocale().toString(n); }
    static QString option(const QStringList &options, int value) { return options.value(value); }

    void retranslate() { emit retranslated(); }

signals:
    void retranslated();

private:
    explicit Labels(QObject *parent = nullptr) : QObject(parent) {}
};

} // namespace kh::app
