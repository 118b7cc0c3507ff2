// Shared setup for every unit test. Electron is never loaded for real here: its package tries to
// download a binary when required. Main-process tests mock it with `vi.mock('electron')`.
export {};
