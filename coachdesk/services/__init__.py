"""Application services: the use cases the UI (``coachdesk/app``) and the command line
(``coachdesk/cli.py``, ``coachdesk/commands``) call, one module per family (see ARCHITECTURE.md,
"Services"). Qt-free; each function takes the unlocked vault's ``Store``. The UI and the CLI never
import ``coachdesk.vault.store``, ``coachdesk.outbox.outbox`` or ``coachdesk.outbox.sender``
themselves (``tests/architecture/test_layers.py``)."""
