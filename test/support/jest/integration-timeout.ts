// Integration tests talk to FerretDB and Redis: allow them more than jest's 5 s.
jest.setTimeout(30_000);
