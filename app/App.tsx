import { useState } from 'react';
import { Shell } from './shell/Shell';
import { catalogueFor, type Lang } from './strings';

export function App() {
  const [lang] = useState<Lang>('en');
  return <Shell t={catalogueFor(lang)} />;
}
