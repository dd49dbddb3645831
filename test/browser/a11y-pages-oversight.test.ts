// Accessibility of every menu page as the oversight roles see them (see a11y-support.ts, describeMenuAudit):
// no critical or serious axe finding, one h1, main, navigation and banner landmarks.
import { describeMenuAudit, ROLE_GROUPS, useHubline } from './a11y-support';

describeMenuAudit(useHubline(), ROLE_GROUPS.oversight);
