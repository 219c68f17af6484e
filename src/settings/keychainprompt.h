// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nd {

// True while the desktop's Secret Service (gnome-keyring, KWallet's Secret Service) has a prompt open, such as
// "Choose a password for the new keyring" or "Unlock the login keyring": then a keychain call is waiting for
// the user, not hanging. Asks the session bus for the children of /org/freedesktop/secrets/prompt (each open
// prompt is one object there), with a short timeout. False without a session bus or Secret Service, and on
// platforms without D-Bus.
bool isKeychainPromptOpen();

} // namespace nd
