import { installLinkGuard } from './link-guard';

installLinkGuard();
