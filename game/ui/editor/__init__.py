"""The pack editor's screens: generate a pack from documents, review it, list a pack's
questions, edit one. They drive the editor model in `game.editor`; the parts they share
(question rows, marks, the question form) sit beside them."""
