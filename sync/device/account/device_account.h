// The account signed in on a device, as its database remembers it: what a login stores (server, user name,
// role, grants, display name and the areas to receive), and what follows from it (may this user decide, who
// "I" am when taking a step of the yearly cycle). The app and the CLI both store a login through here.
#pragma once

#include "core/learning/workflow.h"
#include "device/store/local_store.h"

namespace kh {

class DeviceAccount {
public:
    explicit DeviceAccount(LocalStore &store) : m_store(store) {}

    // Stores what a login returned. The areas this device receives: a household account, a village officer and
    // commune staff always receive exactly their grants; provincial staff and administrators choose communes on
    // the device (a whole province is too much for a phone) and start with the communes granted to them.
    void storeLogin(const QString &serverUrl, const pb::Account &account);

    QString user() const;        // empty on a database without an account (developer mode)
    pb::Role role() const;       // ROLE_UNSPECIFIED without an account
    QStringList grants() const;  // "v:…", "c:…", "p:…", "h:…"
    QString displayName() const; // the officer's name as the account has it
    // May this user record decisions (recognise, reopen) on `model`? access::mayDecide for the account's role;
    // never without an account.
    bool mayDecide(pb::LearningModel model) const;
    // "Me" for a step of the yearly cycle: the role, this device, the display name and today's date from the
    // device's server-corrected clock.
    workflow::Actor actor() const;

private:
    LocalStore &m_store;
};

} // namespace kh
