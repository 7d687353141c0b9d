"""The running app: the composition root and the services it wires."""
