// Everything of the SQLite layer, for the stores.
#pragma once

#include "sql/cached.h"
#include "sql/db.h"
#include "sql/error.h"
#include "sql/read_transaction.h"
#include "sql/stmt.h"
#include "sql/transaction.h"
