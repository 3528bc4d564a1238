// Options: first slice with the category switches, saved through browser.storage.
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '../core/types';
import { loadSettings, saveSettings } from '../shared/settings-store';
import type { Settings } from '../shared/settings';
import { ForgetEverything } from './ForgetEverything';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return <p>Loading…</p>;
  const toggle = async (category: (typeof CATEGORIES)[number], on: boolean) => {
    const next = { ...settings, categories: { ...settings.categories, [category]: on } };
    setSettings(next);
    await saveSettings(next);
    setSaved(true);
  };
  return (
    <main>
      <h1>Fine Print options</h1>
      <fieldset>
        <legend>Categories to highlight</legend>
        {CATEGORIES.map((c) => (
          <label key={c}>
            <input type="checkbox" checked={settings.categories[c]} onChange={(e) => void toggle(c, e.currentTarget.checked)} />
            {c}
          </label>
        ))}
      </fieldset>
      {saved && <p role="status">Saved.</p>}
      <ForgetEverything />
    </main>
  );
}
