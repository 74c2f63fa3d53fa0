// The learning models from the command line: criteria sets, the yearly cycle of an evaluation, learning
// units, and roll-ups. Each step goes through kh::learning, which refuses illegal steps with a clear error.
#include "cli/commands.h"
#include "cli/support.h"
#include "core/learning/learning_models.h"
#include "core/learning/stage.h"
#include "core/records/ids.h"
#include "device/account/device_account.h"
#include "device/tools/report_archive.h"
#include "device/tools/store_rollups.h"
#include "device/workflow/learning.h"
#include "export/report_files.h"

#include <QDate>
#include <QFile>

namespace kh::cli {

namespace {

int yearOf(Context &c)
{
    return intOf(QStringLiteral("year"), c.args.value(QStringLiteral("year"), QString::number(c.store.clock().year())));
}

QString stageWord(domain::Stage s)
{
    switch (s) {
    case domain::Stage::None: return QStringLiteral("not-registered");
    case domain::Stage::Registered: return QStringLiteral("registered");
    case domain::Stage::Declared: return QStringLiteral("self-assessed");
    case domain::Stage::Verified: return QStringLiteral("verified");
    case domain::Stage::Recognised: return QStringLiteral("recognised");
    case domain::Stage::NotRecognised: return QStringLiteral("not-recognised");
    }
    return {};
}

void printSet(const pb::CriteriaSet &s)
{
    static const char *rules[] = {"?", "points", "levels", "all met"};
    out() << domain::criteriaRef(s) << '\t' << q(s.title()) << '\t' << domain::modelName(s.model())
          << (s.province_code().empty() ? QString() : QStringLiteral("\tprovince ") + q(s.province_code())) << '\n'
          << "  source: " << q(s.source()) << '\n'
          << "  rule: " << rules[std::clamp(int(s.rule()), 0, 3)];
    if (s.rule() == pb::PASS_RULE_POINTS)
        out() << ", at least " << s.min_total() << " points, no item below " << s.min_per_item();
    if (s.rule() == pb::PASS_RULE_LEVELS) out() << " (" << q(s.level_names(0)) << " / " << q(s.level_names(1)) << ")";
    out() << '\n';
    for (const auto &c : s.criteria()) {
        out() << "  " << q(c.code()) << '\t'
              << (c.points() ? QString::number(c.points()) + QStringLiteral(" đ\t") : QString())
              << (c.required() ? QStringLiteral("[bắt buộc] ") : QString())
              << (c.level() ? QStringLiteral("[mức %1] ").arg(c.level()) : QString()) << q(c.text())
              << (c.min_percent() ? QStringLiteral(" (≥ %1%)").arg(c.min_percent()) : QString())
              << (c.computation() ? QStringLiteral(" [tính từ dữ liệu]") : QString())
              << (c.unconfirmed() ? QStringLiteral(" [chưa xác nhận]") : QString()) << '\n';
    }
    out() << "  notes: " << q(s.notes()) << '\n';
}

// "--household ID" or "--clan ID"... names the subject and, without --model, the model.
std::pair<pb::LearningModel, std::string> subjectOf(Context &c)
{
    static const std::pair<const char *, pb::LearningModel> kinds[] = {
        {"household", pb::LEARNING_MODEL_FAMILY},
        {"clan", pb::LEARNING_MODEL_CLAN},
        {"village", pb::LEARNING_MODEL_VILLAGE_COMMUNITY},
        {"unit", pb::LEARNING_MODEL_UNIT},
        {"member", pb::LEARNING_MODEL_CITIZEN},
        {"commune", pb::LEARNING_MODEL_COMMUNE_COMMUNITY}};
    for (const auto &[opt, model] : kinds)
        if (c.args.has(QLatin1String(opt))) return {model, str(c.args.value(QLatin1String(opt)))};
    throw UsageError(
        "name the subject: --household ID, --clan ID, --village ID, --unit ID, --member ID or --commune CODE");
}

void printScored(LocalStore &s, const std::string &id)
{
    const auto sc = learning::score(s, id);
    const auto &e = sc.evaluation;
    out() << q(id) << '\t' << domain::modelName(e.model()) << ' ' << e.year() << '\t' << stageWord(domain::stageOf(e))
          << "\tcriteria " << domain::criteriaRef(sc.set) << '\n';
    if (!e.registered_on().empty()) out() << "  registered " << q(e.registered_on()) << '\n';
    if (!e.declared_on().empty())
        out() << "  self-assessed " << q(e.declared_on())
              << (e.declared_by() == pb::ASSESSOR_SELF ? " by the subject" : " by an officer") << '\n';
    if (!e.verified_on().empty())
        out() << "  verified " << q(e.verified_on())
              << (e.verified_by().empty() ? QString() : QStringLiteral(" by ") + q(e.verified_by())) << '\n';
    if (!e.decided_on().empty())
        out() << "  decided " << q(e.decided_on()) << ": " << (e.recognised() ? "recognised" : "not recognised")
              << ", decision " << q(e.decision_number())
              << (e.decided_by().empty() ? QString() : QStringLiteral(" by ") + q(e.decided_by())) << '\n';
    if (!e.reopened_on().empty()) out() << "  reopened " << q(e.reopened_on()) << ": " << q(e.reopen_reason()) << '\n';
    for (const auto &it : sc.result.items) {
        out() << "  " << it.code << '\t' << (it.answered ? (it.met ? "đạt" : "chưa đạt") : "—") << '\t' << it.points
              << " đ";
        if (it.verified) out() << "\tverified: " << (it.agreed ? "agree" : "disagree");
        if (const QString why = it.computed.explanation(); !why.isEmpty()) out() << '\t' << why;
        out() << '\n';
    }
    out() << "  result: " << (sc.result.passed ? "passes" : "does not pass");
    if (sc.set.rule() == pb::PASS_RULE_POINTS) out() << ", " << sc.result.total << " points";
    if (sc.set.rule() == pb::PASS_RULE_LEVELS) out() << ", level " << sc.result.level;
    if (!sc.result.reasons.isEmpty()) out() << " (" << sc.result.reasons.join(QStringLiteral("; ")) << ')';
    out() << '\n';
}

} // namespace

int criteriaCommand(Context &c, const QString &verb)
{
    const auto sets = learning::criteriaSets(c.store);
    if (verb.isEmpty() || verb == QLatin1String("list")) {
        for (const auto &s : sets)
            out() << domain::criteriaRef(s) << '\t' << domain::modelName(s.model()) << '\t' << q(s.title())
                  << (s.province_code().empty() ? QString() : QStringLiteral("\tprovince ") + q(s.province_code()))
                  << '\n';
        return 0;
    }
    if (verb == QLatin1String("show")) {
        const QString ref = c.args.positional.value(2);
        const auto *s = domain::findCriteriaSet(sets, ref);
        if (!s) throw EditError("no criteria set '" + str(ref) + "'; see 'criteria list'");
        printSet(*s);
        return 0;
    }
    if (verb == QLatin1String("check")) { // an administrator checking a set file before it ships
        QFile f(c.args.positional.value(2));
        if (!f.open(QIODevice::ReadOnly)) throw UsageError("usage: criteria check FILE.json");
        QString error;
        const auto s = domain::parseCriteriaJson(f.readAll(), &error);
        if (!s) throw EditError(str(f.fileName()) + ": " + str(error));
        printSet(*s);
        return 0;
    }
    return -1;
}

// --item CODE=yes|no|POINTS (repeatable); --computed fills the items the records can answer.
std::vector<learning::Answer> answersOf(Context &c, const std::string &id)
{
    auto &s = c.store;
    std::vector<learning::Answer> answers;
    if (c.args.has(QStringLiteral("computed"))) {
        const auto sc = learning::score(s, id);
        for (const auto &[code, comp] : learning::computedItems(s, sc.set, sc.evaluation))
            if (comp.known) answers.push_back({code, comp.met, -1, comp.explanation()});
    }
    for (const QString &item : c.args.values(QStringLiteral("item"))) {
        const QString code = item.section(QLatin1Char('='), 0, 0), v = item.section(QLatin1Char('='), 1);
        learning::Answer a{code, false, -1, {}};
        bool isNumber = false;
        const int points = v.toInt(&isNumber);
        if (isNumber) {
            a.met = points > 0;
            a.points = points;
        } else if (v == QLatin1String("yes") || v == QLatin1String("co"))
            a.met = true;
        else if (v == QLatin1String("no") || v == QLatin1String("khong"))
            a.met = false;
        else
            throw UsageError("--item CODE=yes|no|POINTS, e.g. --item 1.1=yes");
        answers.push_back(a);
    }
    return answers;
}

// evaluation list [--year Y] [--model M] [--stage S]
int listEvaluations(Context &c)
{
    auto &s = c.store;
    const int year = yearOf(c);
    const QString model = c.args.value(QStringLiteral("model")), stage = c.args.value(QStringLiteral("stage"));
    for (const auto &r : s.list(pb::RECORD_TYPE_EVALUATION)) {
        const auto e = valueOf<pb::Evaluation>(r);
        if (int(e.year()) != year) continue;
        if (!model.isEmpty() && domain::modelName(e.model()) != model) continue;
        const QString st = stageWord(domain::stageOf(e));
        if (!stage.isEmpty() && st != stage) continue;
        out() << q(r.id) << '\t' << domain::modelName(e.model()) << '\t' << st << '\t' << q(e.subject_id()) << '\n';
    }
    return 0;
}

int evaluationCommand(Context &c, const QString &verb)
{
    auto &s = c.store;
    const std::string id = str(c.args.positional.value(2));
    if (verb == QLatin1String("register")) {
        const auto [model0, subject] = subjectOf(c);
        pb::LearningModel model = model0;
        if (c.args.has(QStringLiteral("model"))) {
            const auto m = domain::modelFromName(c.args.value(QStringLiteral("model")));
            if (!m) throw UsageError("--model: family, clan, village_community, unit, citizen or commune_community");
            model = *m;
        }
        const std::string eid = learning::registerSubject(s, model, subject, yearOf(c), actorOf(c));
        out() << q(eid) << '\n';
        return 0;
    }
    if (verb == QLatin1String("assess")) {
        const std::vector<learning::Answer> answers = answersOf(c, id);
        if (answers.empty())
            throw UsageError(
                "usage: evaluation assess ID --item CODE=yes|no|POINTS... [--computed] [--by subject|officer]");
        const QString by = c.args.value(QStringLiteral("by"), QStringLiteral("officer"));
        if (by != QLatin1String("subject") && by != QLatin1String("officer")) throw UsageError("--by subject|officer");
        learning::assess(s, id, answers, by == QLatin1String("subject") ? pb::ASSESSOR_SELF : pb::ASSESSOR_OFFICER,
                         actorOf(c));
        printScored(s, id);
        return 0;
    }
    if (verb == QLatin1String("verify")) {
        const QString by = text(c.args.value(QStringLiteral("by")));
        if (c.args.has(QStringLiteral("done"))) {
            learning::completeVerification(s, id, actorOf(c, by));
        } else {
            const QString code = c.args.require(QStringLiteral("item"));
            const bool agree = c.args.has(QStringLiteral("agree"));
            if (agree == c.args.has(QStringLiteral("disagree"))) throw UsageError("say --agree or --disagree");
            const int points = c.args.has(QStringLiteral("points"))
                                   ? intOf(QStringLiteral("points"), c.args.value(QStringLiteral("points")))
                                   : -1;
            learning::verifyItem(s, id, code, agree, points, text(c.args.value(QStringLiteral("note"))),
                                 text(c.args.value(QStringLiteral("evidence"))), actorOf(c, by));
        }
        printScored(s, id);
        return 0;
    }
    if (verb == QLatin1String("recognise") || verb == QLatin1String("recognize")) {
        learning::recognise(s, id, yesNo(QStringLiteral("achieved"), c.args.require(QStringLiteral("achieved"))),
                            text(c.args.require(QStringLiteral("decision"))),
                            actorOf(c, text(c.args.value(QStringLiteral("by")))));
        printScored(s, id);
        return 0;
    }
    if (verb == QLatin1String("reopen")) {
        learning::reopen(s, id, text(c.args.require(QStringLiteral("reason"))), actorOf(c));
        printScored(s, id);
        return 0;
    }
    if (verb == QLatin1String("reassess")) {
        learning::reassess(s, id, c.args.require(QStringLiteral("criteria")));
        printScored(s, id);
        return 0;
    }
    if (verb == QLatin1String("show")) {
        printScored(s, id);
        return 0;
    }
    if (verb.isEmpty() || verb == QLatin1String("list")) return listEvaluations(c);
    return -1;
}

int unitCommand(Context &c, const QString &verb)
{
    if (verb == QLatin1String("add")) {
        auto u = std::make_shared<pb::LearningUnit>();
        u->set_commune_code(str(c.args.require(QStringLiteral("commune"))));
        u->set_name(str(text(c.args.require(QStringLiteral("name")))));
        static const std::pair<const char *, pb::UnitKind> kinds[] = {{"agency", pb::UNIT_KIND_AGENCY},
                                                                      {"school", pb::UNIT_KIND_SCHOOL},
                                                                      {"enterprise", pb::UNIT_KIND_ENTERPRISE},
                                                                      {"health", pb::UNIT_KIND_HEALTH},
                                                                      {"armed-forces", pb::UNIT_KIND_ARMED_FORCES},
                                                                      {"other", pb::UNIT_KIND_OTHER}};
        if (c.args.has(QStringLiteral("kind"))) {
            bool found = false;
            for (const auto &[n, k] : kinds)
                if (c.args.value(QStringLiteral("kind")) == QLatin1String(n)) {
                    u->set_kind(k);
                    found = true;
                }
            if (!found) throw UsageError("--kind agency|school|enterprise|health|armed-forces|other");
        }
        if (c.args.has(QStringLiteral("members")))
            u->set_member_count(quint32(intOf(QStringLiteral("members"), c.args.value(QStringLiteral("members")))));
        if (c.args.has(QStringLiteral("citizens")))
            u->set_learning_citizens(
                quint32(intOf(QStringLiteral("citizens"), c.args.value(QStringLiteral("citizens")))));
        const std::string id = c.store.newId();
        c.store.write({{pb::RECORD_TYPE_LEARNING_UNIT, id, u, {}, false}});
        out() << q(id) << '\n';
        return 0;
    }
    if (verb == QLatin1String("update")) {
        auto u = std::make_shared<pb::LearningUnit>();
        const Record r = mustGet(c.store, pb::RECORD_TYPE_LEARNING_UNIT, c.args.positional.value(2));
        if (c.args.has(QStringLiteral("name"))) u->set_name(str(text(c.args.value(QStringLiteral("name")))));
        if (c.args.has(QStringLiteral("members")))
            u->set_member_count(quint32(intOf(QStringLiteral("members"), c.args.value(QStringLiteral("members")))));
        if (c.args.has(QStringLiteral("citizens")))
            u->set_learning_citizens(
                quint32(intOf(QStringLiteral("citizens"), c.args.value(QStringLiteral("citizens")))));
        c.store.write({{pb::RECORD_TYPE_LEARNING_UNIT, r.id, u, {}, false}});
        return 0;
    }
    if (verb.isEmpty() || verb == QLatin1String("list")) {
        for (const auto &r : c.store.list(pb::RECORD_TYPE_LEARNING_UNIT)) {
            const auto u = valueOf<pb::LearningUnit>(r);
            out() << q(r.id) << '\t' << q(u.name()) << '\t' << q(u.commune_code()) << '\t' << u.member_count()
                  << " members, " << u.learning_citizens() << " learning citizens\n";
        }
        return 0;
    }
    return -1;
}

int rollupCommand(Context &c)
{
    const int year = yearOf(c);
    const auto r = learning::rollup(c.store, year);
    auto rate = [](const domain::Rate &x) {
        return QStringLiteral("%1/%2 (%3%)%4")
            .arg(x.recognised)
            .arg(x.total)
            .arg(x.percent())
            .arg(x.target && x.total ? (x.meetsTarget() ? QStringLiteral(" ≥ %1%").arg(x.target)
                                                        : QStringLiteral(" < %1%").arg(x.target))
                                     : QString());
    };
    out() << "year " << year << "\trecognised/total (rate) against the national 2025 targets\n";
    for (const auto &cm : r.communes)
        out() << "commune " << cm.id << ' ' << cm.name << "\tfamilies " << rate(cm.families) << "\tclans "
              << rate(cm.clans) << "\tvillage communities " << rate(cm.villages) << "\tunits " << rate(cm.units)
              << "\tcitizens " << rate(cm.citizens) << "\tregistered families " << cm.families.registered << '\n';
    if (r.communes.size() > 1) // a province or an area of several communes
        out() << "all\tfamilies " << rate(r.total.families) << "\tclans " << rate(r.total.clans)
              << "\tvillage communities " << rate(r.total.villages) << "\tunits " << rate(r.total.units)
              << "\tcitizens " << rate(r.total.citizens) << '\n';
    for (const auto &v : r.villages)
        out() << "village " << v.id << ' ' << v.name << "\tfamilies " << rate(v.families) << "\tregistered "
              << v.families.registered << "\tcitizens " << rate(v.citizens) << '\n';
    return 0;
}

} // namespace kh::cli

namespace kh::cli {

int reportCommand(Context &c, const QString &verb)
{
    auto writeOut = [&](const report::Report &r) {
        const QString format = c.args.value(QStringLiteral("format"), QStringLiteral("csv"));
        const QString path = c.args.require(QStringLiteral("out"));
        if (format != QLatin1String("csv") && format != QLatin1String("xlsx") && format != QLatin1String("pdf"))
            throw UsageError("--format csv, xlsx or pdf");
        QString error;
        const bool ok = report::writeReport(r, format, path, &error);
        if (!ok) throw EditError(str(error));
        out() << "wrote " << path << '\n';
    };
    if (verb == QLatin1String("issued")) {
        const QString id = c.args.positional.value(2);
        if (id.isEmpty() || id == QLatin1String("list")) {
            for (const auto &r : report::issued(c.store))
                out() << r.id << '\t' << r.year << '\t' << r.areaName << '\t' << r.generatedAt.toString(Qt::ISODate)
                      << '\n';
            return 0;
        }
        const auto r = report::issuedById(c.store, id);
        if (!r) throw EditError("no issued report '" + str(id) + "'");
        writeOut(*r);
        return 0;
    }
    if (!verb.isEmpty()) return -1;
    report::Report r = report::build(c.store, yearOf(c));
    if (c.args.has(QStringLiteral("issue"))) {
        r.id = report::issue(c.store, r);
        out() << "issued " << r.id << " (archived as issued: later records change the next report, not this one)\n";
    }
    writeOut(r);
    return 0;
}

} // namespace kh::cli
