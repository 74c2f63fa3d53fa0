#pragma once

#include "form_base.h"
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

// A village, hamlet or residential group in one of the officer's communes.
class VillageForm : public kh::app::FormBase {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString villageId READ villageId WRITE setVillageId NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY edited)
    Q_PROPERTY(int kind READ kind WRITE setKind NOTIFY edited)
    Q_PROPERTY(int communeIndex READ communeIndex WRITE setCommuneIndex NOTIFY edited)
    Q_PROPERTY(QStringList communeOptions READ communeOptions NOTIFY loaded)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY edited)
public:
    explicit VillageForm(QObject *parent = nullptr);
    QString villageId() const { return m_id; }
    void setVillageId(const QString &id);
    bool isNew() const { return m_id.isEmpty(); }
    QString name() const { return m_name; }
    void setName(const QString &v);
    int kind() const { return m_kind; }
    void setKind(int v);
    int communeIndex() const { return int(m_communes.indexOf(m_commune)); }
    void setCommuneIndex(int i);
    QStringList communeOptions() const;
    QString notes() const { return m_notes; }
    void setNotes(const QString &v);
    Q_INVOKABLE QString save();

private:
    void load() override;
    std::string draftForm() const override { return "village"; }
    std::string draftKey() const override { return m_id.isEmpty() ? "new" : m_id.toStdString(); }
    void validate();
    QString m_id, m_name, m_commune, m_notes;
    QStringList m_communes;
    int m_kind = 1;
    std::string m_savedBytes;
};

} // namespace kh::app
