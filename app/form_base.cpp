#include "form_base.h"

#include "queries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaProperty>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace kh::app {

namespace {
// A draft is written this long after the last key press: a few writes a second at most while typing, and at
// most this much typing lost when the phone kills the app.
constexpr int kDraftDelayMs = 300;
} // namespace

FormBase::FormBase(QObject *parent) : QObject(parent)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &FormBase::writeDraft);
    connect(this, &FormBase::loaded, this, &FormBase::onLoaded);
    connect(this, &FormBase::edited, this, &FormBase::onEdited);
    // Android stops a background app without warning: the draft is written when the app leaves the screen.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
            if (s != Qt::ApplicationActive) keepDraft();
        });
}

FormBase::~FormBase()
{
    // The page closed while a draft was waiting to be written (the officer went back, keeping it).
    if (m_draftTimer.isActive()) writeDraft();
}

QString FormBase::tooLong(const QString &v, int limit)
{
    return v.size() > limit
               ? QCoreApplication::translate("kh::app::HouseholdForm", "Too long: at most %1 characters").arg(limit)
               : QString();
}

void FormBase::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    if (m_ws) disconnect(m_ws, nullptr, this, nullptr);
    m_ws = w;
    if (m_ws) {
        // A sync or another page changed the record: show it as stored now, unless the person is editing it.
        // (A new record has nothing stored to show: its preset values stay.)
        connect(m_ws, &Workspace::changed, this, [this] {
            if (draftKey().rfind("new", 0) != 0 && !modified() && !m_draftTimer.isActive()) load();
        });
    }
    load();
    emit workspaceChanged();
}

QVariantMap FormBase::fieldValues() const
{
    QVariantMap out;
    const QMetaMethod edited = QMetaMethod::fromSignal(&FormBase::edited);
    const QMetaObject *mo = metaObject();
    for (int i = 0; i < mo->propertyCount(); ++i) {
        const QMetaProperty p = mo->property(i);
        if (p.isWritable() && p.hasNotifySignal() && p.notifySignal() == edited)
            out.insert(QString::fromLatin1(p.name()), p.read(this));
    }
    return out;
}

bool FormBase::modified() const
{
    return fieldValues() != m_stored;
}

QVariantMap FormBase::shownErrors() const
{
    if (m_triedSave) return m_errors;
    QVariantMap out;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        if (m_touched.contains(it.key())) out.insert(it.key(), it.value());
    return out;
}

QString FormBase::draftTime() const
{
    if (!m_draftAt || !m_ws || !m_ws->isOpen()) return {};
    const auto &clock = m_ws->store().clock();
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(m_draftAt);
    const QLocale loc;
    return Clock::dateOf(m_draftAt) == clock.today() ? loc.toString(t.time(), QLocale::ShortFormat)
                                                     : loc.toString(t, QLocale::ShortFormat);
}

void FormBase::onLoaded()
{
    m_stored = fieldValues();
    m_touched.clear();
    m_triedSave = false;
    if (m_draftAt) {
        m_draftAt = 0;
        emit draftChanged();
    }
    restoreDraft();
}

void FormBase::onEdited()
{
    if (m_restoring) return;
    const QVariantMap now = fieldValues();
    for (auto it = now.begin(); it != now.end(); ++it)
        if (it.value() != m_stored.value(it.key())) m_touched.insert(it.key());
    if (now != m_stored) {
        // What to write is taken now: the timer may fire in the destructor, where the subclass is gone.
        m_pendingForm = draftForm();
        m_pendingKey = draftKey();
        m_pendingBody =
            QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(now)).toJson(QJsonDocument::Compact));
        m_draftTimer.start();
    } else {
        dropDraft(); // typed back to what is stored: nothing to keep
    }
}

void FormBase::preset(const QString &field, const QVariant &value)
{
    if (hasDraft() && fieldValues().value(field) != m_stored.value(field)) return; // the draft's value stays
    m_restoring = true;
    setProperty(field.toLatin1().constData(), value);
    m_restoring = false;
    m_stored.insert(field, fieldValues().value(field));
    emit edited();
}

void FormBase::keepDraft()
{
    if (m_draftTimer.isActive()) {
        m_draftTimer.stop();
        writeDraft();
    }
}

void FormBase::writeDraft()
{
    m_draftTimer.stop();
    if (!m_ws || !m_ws->isOpen() || m_pendingForm.empty()) return;
    try {
        m_ws->store().saveDraft(m_pendingForm, m_pendingKey, m_pendingBody);
        m_draftKey = m_pendingKey;
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "cannot keep the draft:" << e.what(); // the form still holds what was typed
    }
    m_pendingForm.clear();
}

void FormBase::dropDraft()
{
    m_draftTimer.stop();
    m_pendingForm.clear();
    // Only a draft this form wrote or restored exists (any other would have been restored when it loaded).
    if (!m_ws || !m_ws->isOpen() || draftForm().empty() || m_draftKey.empty()) return;
    try {
        m_ws->store().dropDraft(draftForm(), m_draftKey);
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "cannot drop the draft:" << e.what();
    }
    m_draftKey.clear();
    if (m_draftAt) {
        m_draftAt = 0;
        emit draftChanged();
    }
}

void FormBase::restoreDraft()
{
    if (!m_ws || !m_ws->isOpen() || draftForm().empty()) return;
    std::optional<Draft> d;
    try {
        d = m_ws->store().draft(draftForm(), draftKey());
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "cannot read the draft:" << e.what();
    }
    if (!d) return;
    const QVariantMap values = QJsonDocument::fromJson(d->body.toUtf8()).object().toVariantMap();
    m_restoring = true;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QByteArray name = it.key().toLatin1();
        const int index = metaObject()->indexOfProperty(name.constData());
        if (index >= 0) metaObject()->property(index).write(this, it.value());
    }
    m_restoring = false;
    m_draftKey = draftKey();
    m_draftAt = d->atMs;
    const QVariantMap now = fieldValues();
    for (auto it = now.begin(); it != now.end(); ++it)
        if (it.value() != m_stored.value(it.key())) m_touched.insert(it.key());
    emit draftChanged();
    emit edited();
}

void FormBase::discardChanges()
{
    dropDraft();
    load();
}

bool FormBase::beginSave()
{
    m_saveError.clear();
    if (m_ws && m_ws->isOpen() && canSave()) return true;
    m_triedSave = true;
    emit validated();
    return false;
}

bool FormBase::writeChanges(pb::RecordType type, const std::string &id, const google::protobuf::Message &before,
                            const google::protobuf::Message &now, const std::vector<Edit> &alongside)
{
    const bool own = draftKey() == id || draftKey().rfind("new", 0) == 0; // not a clan's link, say
    m_saveError = writeRecord(*m_ws, type, id, before, now, alongside);
    if (m_saveError.isEmpty()) {
        if (own) dropDraft();
        return true;
    }
    emit validated();
    return false;
}

bool FormBase::deleteRecord(pb::RecordType type, const std::string &id, const QString &what)
{
    if (!m_ws) return false;
    const bool own = draftKey() == id;
    m_saveError = removeRecord(*m_ws, type, id, what);
    if (m_saveError.isEmpty() && own) dropDraft();
    emit validated();
    return m_saveError.isEmpty();
}

} // namespace kh::app
