import type { CommandInput } from '../../../../engine/commands.ts';
import type { ScenarioPlay } from './move.ts';

/** scenarios/master-data-basics.yaml: four business cards into the CRM, three new customers and one already there. */

const mingde = { code: 'C-SU-00901', nameZh: '苏州明德包装材料有限公司', nameEn: 'Suzhou Mingde Packaging Materials Co., Ltd.', industry: 'manufacturing', phone: '0512-6552 3180' };
const createMingde: CommandInput = { type: 'account.create', data: mingde };
const liuYang = { accountCode: 'C-SU-00901', name: '刘洋', title: '采购经理', phone: '139 1234 5678', email: 'liu.yang@mingde-pack.com' };
const addLiuYang: CommandInput = { type: 'contact.create', data: liuYang };
const createQihang: CommandInput = {
  type: 'account.create',
  data: { code: 'C-HZ-00901', nameZh: '杭州启航跨境电商有限公司', nameEn: 'Hangzhou Qihang Cross-border E-commerce Co., Ltd.', industry: 'trading', phone: '0571-8517 2260' },
};
const addZhouWen: CommandInput = { type: 'contact.create', data: { accountCode: 'C-HZ-00901', name: '周雯', title: '运营总监', phone: '+86 186-0571-3322', email: 'zhouwen@qihang-ec.com' } };
const jincheng = { code: 'C-NJ-00901', nameZh: '南京锦程冷链物流有限公司', nameEn: 'Nanjing Jincheng Cold Chain Logistics Co., Ltd.', industry: 'logistics', phone: '025-5268 7710' };
const createJincheng: CommandInput = { type: 'account.create', data: jincheng };
const addSunLi: CommandInput = { type: 'contact.create', data: { accountCode: 'C-NJ-00901', name: '孙立', title: '仓储经理', phone: '158 5190 2046', email: '' } };
const addChenJing: CommandInput = { type: 'contact.create', data: { accountCode: 'C-SH-00612', name: '陈静', title: '采购主管', phone: '137 6120 8854', email: 'chenjing@hengtong-sh.com' } };

/** The commands that play the scenario to a perfect score, as a trainee would send them. */
export const perfectPlay: readonly CommandInput[] = [createMingde, addLiuYang, createQihang, addZhouWen, createJincheng, addSunLi, addChenJing];

/** The switchboard typed without its area code, which no one outside Suzhou can dial. */
const noAreaCode: CommandInput = { type: 'account.create', data: { ...mingde, phone: '6552 3180' } };
/** The customer's own supplier number used as the code. */
const customersCode: CommandInput = { type: 'account.create', data: { ...jincheng, code: 'V2024-118' } };
/** 刘洋 saved without the mobile from his card. */
const liuYangNoPhone: CommandInput = { type: 'contact.create', data: { ...liuYang, phone: '' } };
/** 恒通 entered again as a new customer past the duplicate warning, instead of found. */
const hengtongAgain: CommandInput = {
  type: 'account.create',
  data: { code: 'C-SH-00901', nameZh: '恒通电子(上海)有限公司', nameEn: 'Hengtong Electronics (Shanghai) Co., Ltd.', industry: 'electronics', phone: '021-5048 3321', confirmDuplicate: true },
};

export const masterDataBasics: ScenarioPlay = {
  perfect: perfectPlay,
  slips: [
    { code: 'validation.format', step: 'mingde', replace: createMingde, instead: [noAreaCode, createMingde], completes: true },
    { code: 'validation.incomplete', step: 'mingde', replace: addLiuYang, instead: [liuYangNoPhone, addLiuYang], completes: true },
    { code: 'validation.format', step: 'jincheng', replace: createJincheng, instead: [customersCode, createJincheng], completes: true },
    { code: 'duplicate.created', step: 'hengtong', replace: addChenJing, instead: [hengtongAgain, addChenJing], completes: true },
  ],
};
