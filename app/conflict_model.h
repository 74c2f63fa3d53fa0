#pragma once

#include "row_model.h"

#include <QtQml/qqmlregistration.h>

namespace kh::app {

// Open conflicts: both values side by side with who and when, for the officer to pick one.
// Roles: conflictId, recordTitle, fieldLabel, keptValue, keptWhen, keptWho, otherValue, otherWhen, otherWho.
// "kept" is the value the record holds now (the later edit), "other" the one it replaced.
class ConflictModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
public:
    explicit ConflictModel(QObject *parent = nullptr);
    // Keeps the current value (keepOther false) or writes the other value back (true).
    Q_INVOKABLE bool resolve(const QString &conflictId, bool keepOther);
    QString lastError() const { return m_error; }
signals:
    void lastErrorChanged();

protected:
    QList<QVariantHash> load(Workspace &ws) override;

private:
    QString m_error;
};

// A field of a record type in the UI language ("Phone"), and an encoded value of it in words.
QString fieldLabel(pb::RecordType type, quint32 field);
QString fieldValueText(pb::RecordType type, quint32 field, const std::string &raw);

} // namespace kh::app
