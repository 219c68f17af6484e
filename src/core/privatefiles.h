// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nd {

// Files NumberDesk keeps under the user's folders (activity log, inventory mirror, job journal, exports of
// secrets) are readable by the user only: folders 0700, files 0600 (on Windows the user's profile is private
// already and these are no-ops). Both functions leave existing files' content alone.
namespace PrivateFiles {

// Creates `folder` and any missing parents; the folders this call creates are made 0700. Returns false when
// the folder cannot be created.
bool ensureFolder(const QString &folder);

// Makes sure `filePath` exists and is 0600: creates an empty file with owner-only permissions when missing
// (before SQLite or anything else writes to it, so no byte is ever readable by others), and tightens the
// permissions of an existing file we own. Returns false when the file cannot be created.
bool ensureFile(const QString &filePath);

// Whether a file can be read by the group or others (used to refuse secret files given by the user).
bool isReadableByOthers(const QString &filePath);

} // namespace PrivateFiles

} // namespace nd
