"""The play screens, from the title to the hall of fame; the flow table (game.ui.flow) links them."""
