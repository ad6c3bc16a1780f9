#pragma once

// The snapshot pointer as a Qt meta type: snapshots travel in queued signals (training controller
// -> window -> views). Qt Core only, so that the training controller (app/training_controller.h)
// builds without the GUI, as the thread-sanitizer build does.

#include <QMetaType>
#include <memory>

#include "compute/train/session_snapshot.h"

Q_DECLARE_METATYPE(std::shared_ptr<const eqlab::train::SessionSnapshot>)
