// End-to-end tests start processes and a browser: allow them two minutes each.
jest.setTimeout(120_000);
