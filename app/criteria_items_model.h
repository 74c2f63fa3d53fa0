// A criteria set's items with what is known of each for one subject, as the self-assessment and evaluation
// pages list them. Roles: code, group, text, points, required, answered (has a value that counts), met,
// declared (-1 not answered, 0 not met, 1 met), verified (-1, 0 disagree, 1 agree), verifyNote (the officer's why), computed (the records
// answer it), explanation (what the records say: "2 trẻ trong độ tuổi đi học, cả 2 đang đi học"), question (the
// text again, for a delegate that is a button).
#pragma once

#include "records.pb.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

class CriteriaItemsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
public:
    using QAbstractListModel::QAbstractListModel;
    struct Item {
        khuyenhoc::v1::Criterion criterion;
        bool answered = false, met = false;
        int declared = -1, verified = -1;
        bool computed = false;
        QString explanation;
        int recordsSay = -1; // what the records say of a computed item: -1 nothing, 0 not met, 1 met
        QString verifyNote;  // the officer's words with the verdict ("con đã nghỉ học từ tháng 9")
    };
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void reset(std::vector<Item> items);
    // A person's answer in the self-assessment flow, before it is sent.
    void setAnswer(int row, bool met);
    const std::vector<Item> &items() const { return m_items; }
    enum Role {
        Code = Qt::UserRole + 1,
        Group,
        Text,
        Points,
        Required,
        Answered,
        Met,
        Declared,
        Verified,
        Computed,
        Explanation,
        RecordsSay,
        RecordsDisagree, // the records say otherwise than the declaration: for the officer to check
        VerifyNote,      // why the officer agreed or not, in their words
        Question         // the text again, for delegates whose own "text" is the button's
    };

private:
    std::vector<Item> m_items;
};

} // namespace kh::app
