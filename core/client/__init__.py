"""The manager client over the Pythonic API: requests, walks, traps, informs, the mailbox
that waits for answers and the routing core shared with the service's dispatcher."""
