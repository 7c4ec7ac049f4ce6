import CMS from 'decap-cms-app';
CMS.init();
