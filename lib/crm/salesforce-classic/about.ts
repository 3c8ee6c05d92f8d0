import type { CrmAbout } from '../types';
import lightning from '../salesforce-lightning/about';

/** Classic and Lightning are one org's two UIs: the same stages. */
export default { label: 'Salesforce Classic', stages: lightning.stages } satisfies CrmAbout;
