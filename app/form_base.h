// What every form controller shares: the workspace it edits, validation messages keyed by field (shown
// under each field in the UI language), whether it can be saved, the last save's error, and the signals
// pages bind to. Subclasses load their record in load() and publish errors in validate().
#pragma once

#include "workspace.h"

#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

class FormBase : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY validated)
    Q_PROPERTY(bool canSave READ canSave NOTIFY validated)
    Q_PROPERTY(QString saveError READ saveError NOTIFY validated)

public:
    using QObject::QObject;

    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QVariantMap errors() const { return m_errors; }
    virtual bool canSave() const { return m_errors.isEmpty(); }
    QString saveError() const { return m_saveError; }

signals:
    void workspaceChanged();
    void loaded();    // a (new) record was loaded
    void edited();    // a field changed
    void validated(); // errors, canSave or saveError may have changed

protected:
    virtual void load() = 0;
    // Clears the last save's error; false (with validated()) when the form cannot be saved now.
    bool beginSave();
    // Writes the fields of `now` that differ from `before` as record `id`, in one local change-set. False, with
    // saveError set, when the store refused (storage full, a rule broken).
    bool writeChanges(pb::RecordType type, const std::string &id, const google::protobuf::Message &before,
                      const google::protobuf::Message &now);
    // Deletes record `id` (a tombstone and its cascade). False, with saveError set, when refused.
    bool deleteRecord(pb::RecordType type, const std::string &id);
    // "Too long: at most N characters" when `v` is longer than `limit`, else empty.
    static QString tooLong(const QString &v, int limit);

    QPointer<Workspace> m_ws;
    QVariantMap m_errors;
    QString m_saveError;
};

} // namespace kh::app
