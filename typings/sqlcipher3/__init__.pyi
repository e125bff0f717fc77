# sqlcipher3 ships no type information. It is the standard library's sqlite3 module built against
# SQLCipher, with the same DB-API classes and functions, so its types are sqlite3's.
from sqlite3 import (
    Connection as Connection,
)
from sqlite3 import (
    Cursor as Cursor,
)
from sqlite3 import (
    DatabaseError as DatabaseError,
)
from sqlite3 import (
    Error as Error,
)
from sqlite3 import (
    IntegrityError as IntegrityError,
)
from sqlite3 import (
    OperationalError as OperationalError,
)
from sqlite3 import (
    ProgrammingError as ProgrammingError,
)
from sqlite3 import (
    Row as Row,
)
from sqlite3 import (
    complete_statement as complete_statement,
)
from sqlite3 import (
    connect as connect,
)
