// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace nd {

// Grows `window` (never shrinks it) to what its layout asks for after content appeared (a validation result,
// a warning), within the screen's available area, so nothing is squeezed. Call after showing the content.
void growToContents(QWidget *window);

} // namespace nd
