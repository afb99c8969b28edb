"""consilience: read many news articles about the same events and say what is established,
what is disputed, who said it and who first reported it — every line cited."""

__version__ = "0.1.0"
