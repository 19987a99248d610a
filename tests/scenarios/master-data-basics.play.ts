import type { CommandInput } from '../../engine/commands.ts';

/** The commands that play scenarios/master-data-basics.yaml to a perfect score, as a trainee would send them. */
export const perfectPlay: readonly CommandInput[] = [
  { type: 'account.create', data: { code: 'C-SU-00901', nameZh: '苏州明德包装材料有限公司', nameEn: 'Suzhou Mingde Packaging Materials Co., Ltd.', industry: 'manufacturing', phone: '0512-6552 3180' } },
  { type: 'contact.create', data: { accountCode: 'C-SU-00901', name: '刘洋', title: '采购经理', phone: '139 1234 5678', email: 'liu.yang@mingde-pack.com' } },
  { type: 'account.create', data: { code: 'C-HZ-00901', nameZh: '杭州启航跨境电商有限公司', nameEn: 'Hangzhou Qihang Cross-border E-commerce Co., Ltd.', industry: 'trading', phone: '0571-8517 2260' } },
  { type: 'contact.create', data: { accountCode: 'C-HZ-00901', name: '周雯', title: '运营总监', phone: '+86 186-0571-3322', email: 'zhouwen@qihang-ec.com' } },
  { type: 'account.create', data: { code: 'C-NJ-00901', nameZh: '南京锦程冷链物流有限公司', nameEn: 'Nanjing Jincheng Cold Chain Logistics Co., Ltd.', industry: 'logistics', phone: '025-5268 7710' } },
  { type: 'contact.create', data: { accountCode: 'C-NJ-00901', name: '孙立', title: '仓储经理', phone: '158 5190 2046', email: '' } },
  { type: 'contact.create', data: { accountCode: 'C-SH-00612', name: '陈静', title: '采购主管', phone: '137 6120 8854', email: 'chenjing@hengtong-sh.com' } },
];
