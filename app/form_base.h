// What every form controller shares: the workspace it edits, validation messages keyed by field (shown
// under each field in the UI language once the field was touched or a save was tried), whether anything was
// changed, the last save's error, the draft kept as the person types, and the signals pages bind to.
// Subclasses load their record in load() and publish errors in validate().
//
// A form's fields are its writable properties that notify `edited`: FormBase reads them to tell whether the
// form was changed, to write the draft (device/store/draft.h) and to restore it, so a subclass only says which
// draft is its own (draftForm, draftKey).
#pragma once

#include "workspace.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

class FormBase : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The base of the record forms")
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY validated)
    // The errors of the fields the person changed, or all of them after a save was tried: a new form does not
    // open in red.
    Q_PROPERTY(QVariantMap shownErrors READ shownErrors NOTIFY validated)
    Q_PROPERTY(bool canSave READ canSave NOTIFY validated)
    Q_PROPERTY(QString saveError READ saveError NOTIFY validated)
    // Some field differs from the record as stored (or, for a new record, from the empty form).
    Q_PROPERTY(bool modified READ modified NOTIFY edited)
    // The form shows a draft left from before (the app was closed or killed while it was being filled).
    Q_PROPERTY(bool hasDraft READ hasDraft NOTIFY draftChanged)
    Q_PROPERTY(QString draftTime READ draftTime NOTIFY draftChanged)

public:
    explicit FormBase(QObject *parent = nullptr);
    ~FormBase() override;

    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QVariantMap errors() const { return m_errors; }
    QVariantMap shownErrors() const;
    virtual bool canSave() const { return m_errors.isEmpty(); }
    QString saveError() const { return m_saveError; }
    bool modified() const;
    bool hasDraft() const { return m_draftAt > 0; }
    QString draftTime() const;

    // Sets a field's starting value (the village a list was filtered by, the family name of the head) without
    // it counting as a change, unless a draft already gave the field a value.
    Q_INVOKABLE void preset(const QString &field, const QVariant &value);
    // Back to the record as stored: the changes and the draft are dropped.
    Q_INVOKABLE void discardChanges();
    // Writes the draft now (the app is going to the background; the page is closing).
    Q_INVOKABLE void keepDraft();

signals:
    void workspaceChanged();
    void loaded();    // a (new) record was loaded
    void edited();    // a field changed
    void validated(); // errors, canSave or saveError may have changed
    void draftChanged();

protected:
    virtual void load() = 0;
    // Which draft is this form's: the form's kind ("household") and the record's id, or "new" (with the parent's
    // id for a record that belongs to one: "new:<household id>"). Empty: no draft.
    virtual std::string draftForm() const = 0;
    virtual std::string draftKey() const = 0;
    // Clears the last save's error; false (with validated(), and every error shown) when it cannot be saved now.
    bool beginSave();
    // Writes the fields of `now` that differ from `before` as record `id`, in one local change-set, and drops
    // the draft. False, with saveError set, when the store refused (storage full, a rule broken).
    bool writeChanges(pb::RecordType type, const std::string &id, const google::protobuf::Message &before,
                      const google::protobuf::Message &now, const std::vector<Edit> &alongside = {});
    // Deletes record `id` (a tombstone and its cascade; undo through the workspace). False, with saveError set,
    // when refused.
    bool deleteRecord(pb::RecordType type, const std::string &id, const QString &what);
    // "Too long: at most N characters" when `v` is longer than `limit`, else empty.
    static QString tooLong(const QString &v, int limit);

    QPointer<Workspace> m_ws;
    QVariantMap m_errors;
    QString m_saveError;

private:
    QVariantMap fieldValues() const;
    void onLoaded();
    void onEdited();
    void writeDraft();
    void dropDraft();
    void restoreDraft();

    QVariantMap m_stored;     // the fields as loaded (what "modified" compares with)
    QSet<QString> m_touched;  // fields the person changed since the load
    bool m_triedSave = false; // a save was tried: every error shows
    bool m_restoring = false;
    qint64 m_draftAt = 0;   // when the draft shown was written; 0 without one
    std::string m_draftKey; // the key the draft was written under (the key changes when a new record is saved)
    std::string m_pendingForm, m_pendingKey; // the draft waiting for the timer
    QString m_pendingBody;
    QTimer m_draftTimer;
};

} // namespace kh::app
