/**
 * Cities and provinces that companies put in their names, in Chinese and
 * English. A branch is often typed with the place first one time and in
 * brackets the next (上海恒通电子 / 恒通电子（上海）), so names are compared
 * without it.
 */
export const placeNames: readonly string[] = [
  ...['北京', '上海', '天津', '重庆', '广州', '深圳', '杭州', '苏州', '南京', '成都', '武汉', '西安', '宁波', '无锡', '常州', '东莞', '佛山'],
  ...['厦门', '青岛', '大连', '沈阳', '长沙', '郑州', '济南', '合肥', '福州', '昆明', '哈尔滨', '长春', '石家庄', '太原', '南昌', '南宁'],
  ...['广东', '江苏', '浙江', '山东', '福建', '四川', '湖北', '湖南', '河南', '河北', '安徽', '辽宁', '香港'],
  ...['beijing', 'shanghai', 'tianjin', 'chongqing', 'guangzhou', 'shenzhen', 'hangzhou', 'suzhou', 'nanjing', 'chengdu', 'wuhan'],
  ...['xian', 'ningbo', 'wuxi', 'changzhou', 'dongguan', 'foshan', 'xiamen', 'qingdao', 'dalian', 'shenyang', 'changsha'],
  ...['zhengzhou', 'jinan', 'hefei', 'fuzhou', 'kunming', 'harbin', 'guangdong', 'jiangsu', 'zhejiang', 'shandong', 'hong kong'],
];
