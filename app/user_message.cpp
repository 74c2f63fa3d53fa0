#include "user_message.h"

#include "device/store/local_store.h"

#include <QDate>

#include <QCoreApplication>

namespace kh::app {

QString refusalText(workflow::WorkflowError::Kind kind)
{
    using K = workflow::WorkflowError::Kind;
    switch (kind) {
    case K::Missing:
        return QCoreApplication::translate("kh::app::UserMessage", "This evaluation no longer exists on this phone.");
    case K::Decided:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "The result has been decided. Reopen it first to change anything.");
    case K::NeedsSync:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "This phone does not have the criteria set yet: sync first.");
    case K::NotRegistered:
        return QCoreApplication::translate("kh::app::UserMessage", "Not registered for this year: register first.");
    case K::AlreadyVerified:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "Already verified: the self-assessment can no longer change.");
    case K::UnknownItem:
        return QCoreApplication::translate("kh::app::UserMessage", "This item is not in the criteria set.");
    case K::TooManyPoints:
        return QCoreApplication::translate("kh::app::UserMessage", "More points than the item allows.");
    case K::NotDeclared:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "Nothing to verify: the self-assessment has not been sent yet.");
    case K::OwnAssessment:
        return QCoreApplication::translate(
            "kh::app::UserMessage",
            "You filled in this self-assessment on this phone: another officer must verify it.");
    case K::ItemsLeft: return QCoreApplication::translate("kh::app::UserMessage", "Verify every item first.");
    case K::NotVerified:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "Not verified yet: an officer verifies before the commune decides.");
    case K::DoesNotPass:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "The verified result does not pass: it cannot be recognised as achieved.");
    case K::NeedsDecisionNumber:
        return QCoreApplication::translate("kh::app::UserMessage", "Enter the decision number.");
    case K::NotDecided:
        return QCoreApplication::translate("kh::app::UserMessage", "Nothing to reopen: no decision yet.");
    case K::NeedsReason: return QCoreApplication::translate("kh::app::UserMessage", "Say why it is reopened.");
    case K::WrongSet:
        return QCoreApplication::translate("kh::app::UserMessage", "That criteria set does not apply here.");
    case K::NotAllowed:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "Your account may not take this decision: the commune staff decide.");
    }
    return {};
}

QString fundsRefusalText(const funds::FundsError &e)
{
    using K = funds::FundsError::Kind;
    switch (e.kind()) {
    case K::ClosedPeriod:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "The fund's books are closed through %1: nothing dated on or before it can "
                                           "be recorded. Ask the commune's association.")
            .arg(QDate::fromString(QString::fromStdString(e.detail()), Qt::ISODate)
                     .toString(QStringLiteral("dd/MM/yyyy")));
    case K::NeverChanged:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "A receipt or payment is never changed or deleted: cancel it with a reason "
                                           "and record it again.");
    case K::ApprovedAlready: return QCoreApplication::translate("kh::app::UserMessage", "It is approved already.");
    case K::ReversedAlready: return QCoreApplication::translate("kh::app::UserMessage", "It is cancelled already.");
    case K::NotApproved:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "The award is not approved yet: the commune approves it before it is paid.");
    case K::PaidAlready: return QCoreApplication::translate("kh::app::UserMessage", "The award is paid already.");
    case K::Declined:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "The commune declined this award: it is not approved or paid.");
    case K::NotAllowed:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "Your account may not do this: the commune's association does.");
    case K::NumberUsed:
        return QCoreApplication::translate("kh::app::UserMessage",
                                           "That official number is already on voucher %1 of this fund.")
            .arg(QString::fromStdString(e.detail()));
    case K::Other: break;
    }
    return QCoreApplication::translate("kh::app::UserMessage", "Could not save (%1).").arg(QString::fromUtf8(e.what()));
}

QString userMessage(const std::exception &e, Doing doing)
{
    if (const auto *w = dynamic_cast<const workflow::WorkflowError *>(&e)) return refusalText(w->kind());
    if (const auto *f = dynamic_cast<const funds::FundsError *>(&e)) return fundsRefusalText(*f);
    if (LocalStore::isStorageFull(e))
        return doing == Doing::Opening
                   ? QCoreApplication::translate(
                         "kh::app::UserMessage",
                         "The phone's storage is full: the data cannot be opened. Free some space and try again.")
                   : QCoreApplication::translate(
                         "kh::app::UserMessage",
                         "The phone's storage is full: nothing was saved. Free some space and try again.");
    const QString detail = QString::fromUtf8(e.what());
    switch (doing) {
    case Doing::Deleting:
        return QCoreApplication::translate("kh::app::UserMessage", "Could not delete (%1).").arg(detail);
    case Doing::Resolving:
        return QCoreApplication::translate("kh::app::UserMessage", "Could not resolve the conflict (%1).").arg(detail);
    case Doing::Opening:
        return QCoreApplication::translate("kh::app::UserMessage", "Cannot open the data on this phone (%1).")
            .arg(detail);
    case Doing::Saving: break;
    }
    return QCoreApplication::translate("kh::app::UserMessage", "Could not save (%1).").arg(detail);
}

} // namespace kh::app
