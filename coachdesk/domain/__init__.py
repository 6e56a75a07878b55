"""Qt-free domain: the things a coach works with and the rules about them."""
