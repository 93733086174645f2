"""What party and classroom games add to the play screens: the teacher's desk (pause, skip,
reveal, points), team play (pads plugged and pulled, the room's banner), the team inputs as
drawn, and the projector profile."""
