// The bundled gazetteer, in the format of a user's `places.txt` (its opening comment documents
// the format). It is Swift source, not a resource: embedded as a resource, a list of this size
// became an array literal of some 130,000 bytes, which took the compiler a minute and 1.2 GB to
// build; a string literal of it takes a moment.
extension PlaceList {
    static let bundledText = #"""
# 地名表 Gazetteer of Chinese places, for reading government work reports (政府工作报告).
#
# Format: UTF-8, one place a line, four fields separated by `|`:
#
#     kind|full name|short forms|parent full name
#
#   kind         province   provincial-level unit (省, 自治区, 直辖市, 特别行政区)
#                region     a region across provinces (京津冀, 长江三角洲, 黄河流域 …); parent empty
#                subregion  a named part of one province (晋北, 豫西 …); parent = the province
#                city       prefecture-level unit (地级市, 地区, 自治州, 盟); parent = the province
#                county     county-level unit (市辖区, 县, 县级市, 自治县); parent = the city,
#                           or the province for the districts of 北京/天津/上海/重庆 and for
#                           county-level units governed directly by a province (济源市)
#   full name    the official name, with its suffix (太原市, 静乐县, 延边朝鲜族自治州)
#   short forms  other written forms, comma-separated, may be empty; only forms of two or
#                more characters (吉县 has none: 吉 alone is not a usable form)
#   parent       the full name of the unit above, empty for provinces and regions
#
# Lines starting with `#` are comments; blank lines are ignored.
#
# Order: larger units first (provinces, regions, sub-regions, cities, counties), and within
# each part by province, city and county in the order of the national division codes.
# When two places share a written form the one written first is read, so a province keeps
# its short form before a city or county of the same name (吉林 → 吉林省, not 吉林市); in a
# report of one province, that province's place is read first (鼓楼 in a Fujian report is
# 福州's district).
#
# Short forms that are also ordinary words in report prose were left out on purpose
# (小店 for 小店区, 中原 for 中原区, 商城 for 商城县, 金山 for 金山区, 大兴 for 大兴区 …), and
# a few district names that are themselves ordinary words are kept only as comments.
#
# Coverage: all provincial-level, prefecture-level and county-level units (about 2,850
# counties, districts and county-level cities). Divisions as of 2023.
#
# County short forms: a report of another province reads a county only by its full name
# (鼓楼 in a Beijing report is the Drum Tower, not a district of 开封), and places that share a name (鼓楼区)
# are told apart by the report's province. A short form is still left out where it is an
# ordinary word in its own province's prose (新兴, 合作, 平安) or reads across words (小金 in
# 中小金融); a `word` line below blocks the commonest cross-word readings.
#
# The list is user-extensible: a `places.txt` of your own in ~/.config/workbench/ (or
# $XDG_CONFIG_HOME/workbench/), in the same format, adds its lines after these (for example a
# sub-region your reports use, or a `word` line), keeping larger units above smaller ones.
# Your lines add places; a place of the same name here keeps its line (its parent is not
# replaced), while a `word` line of yours blocks every place that its words would name.

# ===================== 省级 provincial-level units =====================
province|北京市|北京|
province|天津市|天津|
province|河北省|河北|
province|山西省|山西|
province|内蒙古自治区|内蒙古|
province|辽宁省|辽宁|
province|吉林省|吉林|
province|黑龙江省|黑龙江|
province|上海市|上海|
province|江苏省|江苏|
province|浙江省|浙江|
province|安徽省|安徽|
province|福建省|福建|
province|江西省|江西|
province|山东省|山东|
province|河南省|河南|
province|湖北省|湖北|
province|湖南省|湖南|
province|广东省|广东|
province|广西壮族自治区|广西|
province|海南省|海南|
province|重庆市|重庆|
province|四川省|四川|
province|贵州省|贵州|
province|云南省|云南|
province|西藏自治区|西藏|
province|陕西省|陕西|
province|甘肃省|甘肃|
province|青海省|青海|
province|宁夏回族自治区|宁夏|
province|新疆维吾尔自治区|新疆|
province|台湾省|台湾|
province|香港特别行政区|香港|
province|澳门特别行政区|澳门|

# ===================== 跨省区域 regions across provinces =====================
region|京津冀||
region|长江三角洲|长三角|
region|粤港澳大湾区|大湾区|
region|成渝地区双城经济圈|成渝地区,成渝双城经济圈|
region|东部地区||
region|中部地区||
region|西部地区||
region|东北地区||
region|华北地区|华北|
region|华东地区|华东|
region|华中地区|华中|
region|华南地区|华南|
region|西南地区||
region|西北地区||
region|环渤海地区|环渤海|
region|黄河流域||
region|长江流域||
region|长江经济带||
region|长江中游城市群||
region|关中平原城市群||
region|北部湾城市群||
region|呼包鄂榆城市群||
region|南京都市圈||
region|晋陕豫黄河金三角|黄河金三角|
region|大别山区||
region|秦巴山区||

# ===================== 省内片区 sub-regions of one province =====================
# 河北省
subregion|雄安新区|雄安|河北省
subregion|冀东||河北省
subregion|坝上地区|坝上|河北省
# 山西省
subregion|晋北||山西省
subregion|晋南||山西省
subregion|晋东南||山西省
subregion|晋西北||山西省
subregion|山西中部|中部|山西省
subregion|山西中部城市群|中部城市群|山西省
subregion|太忻一体化经济区|太忻经济区|山西省
subregion|太行山区|太行山|山西省
subregion|吕梁山区||山西省
subregion|汾河流域||山西省
# 内蒙古自治区
subregion|蒙东地区|蒙东|内蒙古自治区
subregion|蒙西地区|蒙西|内蒙古自治区
# 辽宁省
subregion|辽西||辽宁省
subregion|沈阳都市圈||辽宁省
subregion|辽宁沿海经济带||辽宁省
# 吉林省
subregion|长吉图开发开放先导区|长吉图|吉林省
# 江苏省
subregion|苏南||江苏省
subregion|苏中||江苏省
subregion|苏北||江苏省
subregion|苏锡常都市圈|苏锡常|江苏省
# 浙江省
subregion|舟山群岛新区||浙江省
# 安徽省
subregion|皖北||安徽省
subregion|皖南||安徽省
subregion|皖江城市带|皖江|安徽省
# 福建省
subregion|闽南||福建省
subregion|闽东||福建省
subregion|闽西||福建省
subregion|闽北||福建省
# 江西省
subregion|赣南||江西省
# 山东省
subregion|胶东经济圈|胶东|山东省
subregion|鲁南经济圈|鲁南|山东省
subregion|鲁西南||山东省
subregion|黄河三角洲|黄三角|山东省
# 河南省
subregion|豫北||河南省
subregion|豫南||河南省
subregion|豫东||河南省
subregion|豫西||河南省
subregion|豫西南||河南省
subregion|中原城市群||河南省
subregion|郑州都市圈||河南省
subregion|伏牛山区||河南省
# 湖北省
subregion|武汉都市圈|武汉城市圈|湖北省
subregion|江汉平原||湖北省
subregion|鄂西||湖北省
# 湖南省
subregion|长株潭城市群|长株潭|湖南省
subregion|湘南||湖南省
# 广东省
subregion|珠江三角洲|珠三角|广东省
subregion|粤东西北||广东省
subregion|粤东||广东省
subregion|粤西||广东省
subregion|粤北||广东省
# 广西壮族自治区
subregion|广西北部湾经济区|北部湾经济区|广西壮族自治区
# 重庆市
subregion|渝东北||重庆市
subregion|渝东南||重庆市
# 四川省
subregion|成都平原经济区|成都平原|四川省
subregion|川南经济区|川南|四川省
subregion|川东北经济区|川东北|四川省
subregion|攀西经济区|攀西|四川省
subregion|川西北生态示范区|川西北|四川省
# 贵州省
subregion|黔中城市群|黔中|贵州省
# 云南省
subregion|滇中城市群|滇中|云南省
# 陕西省
subregion|关中||陕西省
subregion|陕北||陕西省
subregion|陕南||陕西省
# 甘肃省
subregion|河西走廊||甘肃省
subregion|陇东||甘肃省
# 青海省
subregion|三江源地区|三江源|青海省
# 宁夏回族自治区
subregion|西海固||宁夏回族自治区
# 新疆维吾尔自治区
subregion|南疆||新疆维吾尔自治区
subregion|北疆||新疆维吾尔自治区
subregion|东疆||新疆维吾尔自治区

# ===================== 地级 prefecture-level units =====================
# 河北省 (11)
city|石家庄市|石家庄|河北省
city|唐山市|唐山|河北省
city|秦皇岛市|秦皇岛|河北省
city|邯郸市|邯郸|河北省
city|邢台市|邢台|河北省
city|保定市|保定|河北省
city|张家口市|张家口|河北省
city|承德市|承德|河北省
city|沧州市|沧州|河北省
city|廊坊市|廊坊|河北省
city|衡水市|衡水|河北省
# 山西省 (11)
city|太原市|太原|山西省
city|大同市|大同|山西省
city|阳泉市|阳泉|山西省
city|长治市|长治|山西省
city|晋城市|晋城|山西省
city|朔州市|朔州|山西省
city|晋中市|晋中|山西省
city|运城市|运城|山西省
city|忻州市|忻州|山西省
city|临汾市|临汾|山西省
city|吕梁市|吕梁|山西省
# 内蒙古自治区 (12)
city|呼和浩特市|呼和浩特|内蒙古自治区
city|包头市|包头|内蒙古自治区
city|乌海市|乌海|内蒙古自治区
city|赤峰市|赤峰|内蒙古自治区
city|通辽市|通辽|内蒙古自治区
city|鄂尔多斯市|鄂尔多斯|内蒙古自治区
city|呼伦贝尔市|呼伦贝尔|内蒙古自治区
city|巴彦淖尔市|巴彦淖尔|内蒙古自治区
city|乌兰察布市|乌兰察布|内蒙古自治区
city|兴安盟|兴安|内蒙古自治区
city|锡林郭勒盟|锡林郭勒|内蒙古自治区
city|阿拉善盟|阿拉善|内蒙古自治区
# 辽宁省 (14)
city|沈阳市|沈阳|辽宁省
city|大连市|大连|辽宁省
city|鞍山市|鞍山|辽宁省
city|抚顺市|抚顺|辽宁省
city|本溪市|本溪|辽宁省
city|丹东市|丹东|辽宁省
city|锦州市|锦州|辽宁省
city|营口市|营口|辽宁省
city|阜新市|阜新|辽宁省
city|辽阳市|辽阳|辽宁省
city|盘锦市|盘锦|辽宁省
city|铁岭市|铁岭|辽宁省
city|朝阳市|朝阳|辽宁省
city|葫芦岛市|葫芦岛|辽宁省
# 吉林省 (9); 吉林市 has no separate short form: 吉林 is the province
city|长春市|长春|吉林省
city|吉林市||吉林省
city|四平市|四平|吉林省
city|辽源市|辽源|吉林省
city|通化市|通化|吉林省
city|白山市|白山|吉林省
city|松原市|松原|吉林省
city|白城市|白城|吉林省
city|延边朝鲜族自治州|延边,延边州|吉林省
# 黑龙江省 (13)
city|哈尔滨市|哈尔滨|黑龙江省
city|齐齐哈尔市|齐齐哈尔|黑龙江省
city|鸡西市|鸡西|黑龙江省
city|鹤岗市|鹤岗|黑龙江省
city|双鸭山市|双鸭山|黑龙江省
city|大庆市|大庆|黑龙江省
city|伊春市|伊春|黑龙江省
city|佳木斯市|佳木斯|黑龙江省
city|七台河市|七台河|黑龙江省
city|牡丹江市|牡丹江|黑龙江省
city|黑河市|黑河|黑龙江省
city|绥化市|绥化|黑龙江省
city|大兴安岭地区|大兴安岭|黑龙江省
# 江苏省 (13)
city|南京市|南京|江苏省
city|无锡市|无锡|江苏省
city|徐州市|徐州|江苏省
city|常州市|常州|江苏省
city|苏州市|苏州|江苏省
city|南通市|南通|江苏省
city|连云港市|连云港|江苏省
city|淮安市|淮安|江苏省
city|盐城市|盐城|江苏省
city|扬州市|扬州|江苏省
city|镇江市|镇江|江苏省
city|泰州市|泰州|江苏省
city|宿迁市|宿迁|江苏省
# 浙江省 (11)
city|杭州市|杭州|浙江省
city|宁波市|宁波|浙江省
city|温州市|温州|浙江省
city|嘉兴市|嘉兴|浙江省
city|湖州市|湖州|浙江省
city|绍兴市|绍兴|浙江省
city|金华市|金华|浙江省
city|衢州市|衢州|浙江省
city|舟山市|舟山|浙江省
city|台州市|台州|浙江省
city|丽水市|丽水|浙江省
# 安徽省 (16)
city|合肥市|合肥|安徽省
city|芜湖市|芜湖|安徽省
city|蚌埠市|蚌埠|安徽省
city|淮南市|淮南|安徽省
city|马鞍山市|马鞍山|安徽省
city|淮北市|淮北|安徽省
city|铜陵市|铜陵|安徽省
city|安庆市|安庆|安徽省
city|黄山市|黄山|安徽省
city|滁州市|滁州|安徽省
city|阜阳市|阜阳|安徽省
city|宿州市|宿州|安徽省
city|六安市|六安|安徽省
city|亳州市|亳州|安徽省
city|池州市|池州|安徽省
city|宣城市|宣城|安徽省
# 福建省 (9)
city|福州市|福州|福建省
city|厦门市|厦门|福建省
city|莆田市|莆田|福建省
city|三明市|三明|福建省
city|泉州市|泉州|福建省
city|漳州市|漳州|福建省
city|南平市|南平|福建省
city|龙岩市|龙岩|福建省
city|宁德市|宁德|福建省
# 江西省 (11)
city|南昌市|南昌|江西省
city|景德镇市|景德镇|江西省
city|萍乡市|萍乡|江西省
city|九江市|九江|江西省
city|新余市|新余|江西省
city|鹰潭市|鹰潭|江西省
city|赣州市|赣州|江西省
city|吉安市|吉安|江西省
city|宜春市|宜春|江西省
city|抚州市|抚州|江西省
city|上饶市|上饶|江西省
# 山东省 (16)
city|济南市|济南|山东省
city|青岛市|青岛|山东省
city|淄博市|淄博|山东省
city|枣庄市|枣庄|山东省
city|东营市|东营|山东省
city|烟台市|烟台|山东省
city|潍坊市|潍坊|山东省
city|济宁市|济宁|山东省
city|泰安市|泰安|山东省
city|威海市|威海|山东省
city|日照市|日照|山东省
city|临沂市|临沂|山东省
city|德州市|德州|山东省
city|聊城市|聊城|山东省
city|滨州市|滨州|山东省
city|菏泽市|菏泽|山东省
# 河南省 (17; 济源市 is county-level under the province, see the counties)
city|郑州市|郑州|河南省
city|开封市|开封|河南省
city|洛阳市|洛阳|河南省
city|平顶山市|平顶山|河南省
city|安阳市|安阳|河南省
city|鹤壁市|鹤壁|河南省
city|新乡市|新乡|河南省
city|焦作市|焦作|河南省
city|濮阳市|濮阳|河南省
city|许昌市|许昌|河南省
city|漯河市|漯河|河南省
city|三门峡市|三门峡|河南省
city|南阳市|南阳|河南省
city|商丘市|商丘|河南省
city|信阳市|信阳|河南省
city|周口市|周口|河南省
city|驻马店市|驻马店|河南省
# 湖北省 (13)
city|武汉市|武汉|湖北省
city|黄石市|黄石|湖北省
city|十堰市|十堰|湖北省
city|宜昌市|宜昌|湖北省
city|襄阳市|襄阳|湖北省
city|鄂州市|鄂州|湖北省
city|荆门市|荆门|湖北省
city|孝感市|孝感|湖北省
city|荆州市|荆州|湖北省
city|黄冈市|黄冈|湖北省
city|咸宁市|咸宁|湖北省
city|随州市|随州|湖北省
city|恩施土家族苗族自治州|恩施,恩施州|湖北省
# 湖南省 (14)
city|长沙市|长沙|湖南省
city|株洲市|株洲|湖南省
city|湘潭市|湘潭|湖南省
city|衡阳市|衡阳|湖南省
city|邵阳市|邵阳|湖南省
city|岳阳市|岳阳|湖南省
city|常德市|常德|湖南省
city|张家界市|张家界|湖南省
city|益阳市|益阳|湖南省
city|郴州市|郴州|湖南省
city|永州市|永州|湖南省
city|怀化市|怀化|湖南省
city|娄底市|娄底|湖南省
city|湘西土家族苗族自治州|湘西,湘西州|湖南省
# 广东省 (21)
city|广州市|广州|广东省
city|韶关市|韶关|广东省
city|深圳市|深圳|广东省
city|珠海市|珠海|广东省
city|汕头市|汕头|广东省
city|佛山市|佛山|广东省
city|江门市|江门|广东省
city|湛江市|湛江|广东省
city|茂名市|茂名|广东省
city|肇庆市|肇庆|广东省
city|惠州市|惠州|广东省
city|梅州市|梅州|广东省
city|汕尾市|汕尾|广东省
city|河源市|河源|广东省
city|阳江市|阳江|广东省
city|清远市|清远|广东省
city|东莞市|东莞|广东省
city|中山市|中山|广东省
city|潮州市|潮州|广东省
city|揭阳市|揭阳|广东省
city|云浮市|云浮|广东省
# 广西壮族自治区 (14)
city|南宁市|南宁|广西壮族自治区
city|柳州市|柳州|广西壮族自治区
city|桂林市|桂林|广西壮族自治区
city|梧州市|梧州|广西壮族自治区
city|北海市|北海|广西壮族自治区
city|防城港市|防城港|广西壮族自治区
city|钦州市|钦州|广西壮族自治区
city|贵港市|贵港|广西壮族自治区
city|玉林市|玉林|广西壮族自治区
city|百色市|百色|广西壮族自治区
city|贺州市|贺州|广西壮族自治区
city|河池市|河池|广西壮族自治区
city|来宾市|来宾|广西壮族自治区
city|崇左市|崇左|广西壮族自治区
# 海南省 (4)
city|海口市|海口|海南省
city|三亚市|三亚|海南省
city|三沙市|三沙|海南省
city|儋州市|儋州|海南省
# 四川省 (21)
city|成都市|成都|四川省
city|自贡市|自贡|四川省
city|攀枝花市|攀枝花|四川省
city|泸州市|泸州|四川省
city|德阳市|德阳|四川省
city|绵阳市|绵阳|四川省
city|广元市|广元|四川省
city|遂宁市|遂宁|四川省
city|内江市|内江|四川省
city|乐山市|乐山|四川省
city|南充市|南充|四川省
city|眉山市|眉山|四川省
city|宜宾市|宜宾|四川省
city|广安市|广安|四川省
city|达州市|达州|四川省
city|雅安市|雅安|四川省
city|巴中市|巴中|四川省
city|资阳市|资阳|四川省
city|阿坝藏族羌族自治州|阿坝,阿坝州|四川省
city|甘孜藏族自治州|甘孜,甘孜州|四川省
city|凉山彝族自治州|凉山,凉山州|四川省
# 贵州省 (9)
city|贵阳市|贵阳|贵州省
city|六盘水市|六盘水|贵州省
city|遵义市|遵义|贵州省
city|安顺市|安顺|贵州省
city|毕节市|毕节|贵州省
city|铜仁市|铜仁|贵州省
city|黔西南布依族苗族自治州|黔西南,黔西南州|贵州省
city|黔东南苗族侗族自治州|黔东南,黔东南州|贵州省
city|黔南布依族苗族自治州|黔南,黔南州|贵州省
# 云南省 (16)
city|昆明市|昆明|云南省
city|曲靖市|曲靖|云南省
city|玉溪市|玉溪|云南省
city|保山市|保山|云南省
city|昭通市|昭通|云南省
city|丽江市|丽江|云南省
city|普洱市|普洱|云南省
city|临沧市|临沧|云南省
city|楚雄彝族自治州|楚雄,楚雄州|云南省
city|红河哈尼族彝族自治州|红河,红河州|云南省
city|文山壮族苗族自治州|文山,文山州|云南省
city|西双版纳傣族自治州|西双版纳,西双版纳州|云南省
city|大理白族自治州|大理,大理州|云南省
city|德宏傣族景颇族自治州|德宏,德宏州|云南省
city|怒江傈僳族自治州|怒江,怒江州|云南省
city|迪庆藏族自治州|迪庆,迪庆州|云南省
# 西藏自治区 (7)
city|拉萨市|拉萨|西藏自治区
city|日喀则市|日喀则|西藏自治区
city|昌都市|昌都|西藏自治区
city|林芝市|林芝|西藏自治区
city|山南市|山南|西藏自治区
city|那曲市|那曲|西藏自治区
city|阿里地区|阿里|西藏自治区
# 陕西省 (10)
city|西安市|西安|陕西省
city|铜川市|铜川|陕西省
city|宝鸡市|宝鸡|陕西省
city|咸阳市|咸阳|陕西省
city|渭南市|渭南|陕西省
city|延安市|延安|陕西省
city|汉中市|汉中|陕西省
city|榆林市|榆林|陕西省
city|安康市|安康|陕西省
city|商洛市|商洛|陕西省
# 甘肃省 (14)
city|兰州市|兰州|甘肃省
city|嘉峪关市|嘉峪关|甘肃省
city|金昌市|金昌|甘肃省
city|白银市|白银|甘肃省
city|天水市|天水|甘肃省
city|武威市|武威|甘肃省
city|张掖市|张掖|甘肃省
city|平凉市|平凉|甘肃省
city|酒泉市|酒泉|甘肃省
city|庆阳市|庆阳|甘肃省
city|定西市|定西|甘肃省
city|陇南市|陇南|甘肃省
city|临夏回族自治州|临夏,临夏州|甘肃省
city|甘南藏族自治州|甘南,甘南州|甘肃省
# 青海省 (8); 海南藏族自治州 is 海南州 only: 海南 is the province
city|西宁市|西宁|青海省
city|海东市|海东|青海省
city|海北藏族自治州|海北,海北州|青海省
city|黄南藏族自治州|黄南,黄南州|青海省
city|海南藏族自治州|海南州|青海省
city|果洛藏族自治州|果洛,果洛州|青海省
city|玉树藏族自治州|玉树,玉树州|青海省
city|海西蒙古族藏族自治州|海西,海西州|青海省
# 宁夏回族自治区 (5)
city|银川市|银川|宁夏回族自治区
city|石嘴山市|石嘴山|宁夏回族自治区
city|吴忠市|吴忠|宁夏回族自治区
city|固原市|固原|宁夏回族自治区
city|中卫市|中卫|宁夏回族自治区
# 新疆维吾尔自治区 (14)
city|乌鲁木齐市|乌鲁木齐|新疆维吾尔自治区
city|克拉玛依市|克拉玛依|新疆维吾尔自治区
city|吐鲁番市|吐鲁番|新疆维吾尔自治区
city|哈密市|哈密|新疆维吾尔自治区
city|昌吉回族自治州|昌吉,昌吉州|新疆维吾尔自治区
city|博尔塔拉蒙古自治州|博尔塔拉,博州|新疆维吾尔自治区
city|巴音郭楞蒙古自治州|巴音郭楞,巴州|新疆维吾尔自治区
city|阿克苏地区|阿克苏|新疆维吾尔自治区
city|克孜勒苏柯尔克孜自治州|克孜勒苏,克州|新疆维吾尔自治区
city|喀什地区|喀什|新疆维吾尔自治区
city|和田地区|和田|新疆维吾尔自治区
city|伊犁哈萨克自治州|伊犁,伊犁州|新疆维吾尔自治区
city|塔城地区|塔城|新疆维吾尔自治区
city|阿勒泰地区|阿勒泰|新疆维吾尔自治区

# ===================== 县级 county-level units =====================
# 北京市 (16 districts)
county|东城区|东城|北京市
county|西城区|西城|北京市
county|朝阳区||北京市
county|丰台区|丰台|北京市
county|石景山区|石景山|北京市
county|海淀区|海淀|北京市
county|门头沟区|门头沟|北京市
county|房山区|房山|北京市
county|通州区|通州|北京市
county|顺义区|顺义|北京市
county|昌平区|昌平|北京市
county|大兴区||北京市
county|怀柔区|怀柔|北京市
county|平谷区|平谷|北京市
county|密云区|密云|北京市
county|延庆区|延庆|北京市

# 天津市 (16 districts)
county|和平区||天津市
county|河东区||天津市
county|河西区||天津市
county|南开区|南开|天津市
county|河北区||天津市
county|红桥区|红桥|天津市
county|东丽区|东丽|天津市
county|西青区|西青|天津市
county|津南区|津南|天津市
county|北辰区|北辰|天津市
county|武清区|武清|天津市
county|宝坻区|宝坻|天津市
county|滨海新区||天津市
county|宁河区|宁河|天津市
county|静海区|静海|天津市
county|蓟州区|蓟州|天津市

# 河北省 石家庄市 (22)
county|长安区||石家庄市
county|桥西区||石家庄市
county|新华区||石家庄市
county|井陉矿区||石家庄市
county|裕华区|裕华|石家庄市
county|藁城区|藁城|石家庄市
county|鹿泉区|鹿泉|石家庄市
county|栾城区|栾城|石家庄市
county|井陉县|井陉|石家庄市
county|正定县|正定|石家庄市
county|行唐县|行唐|石家庄市
county|灵寿县|灵寿|石家庄市
county|高邑县|高邑|石家庄市
county|深泽县|深泽|石家庄市
county|赞皇县|赞皇|石家庄市
county|无极县|无极|石家庄市
county|平山县|平山|石家庄市
county|元氏县|元氏|石家庄市
county|赵县||石家庄市
county|辛集市|辛集|石家庄市
county|晋州市|晋州|石家庄市
county|新乐市||石家庄市
# 河北省 唐山市 (14)
county|路南区||唐山市
county|路北区||唐山市
county|古冶区|古冶|唐山市
county|开平区||唐山市
county|丰南区|丰南|唐山市
county|丰润区|丰润|唐山市
county|曹妃甸区|曹妃甸|唐山市
county|滦南县|滦南|唐山市
county|乐亭县|乐亭|唐山市
county|迁西县|迁西|唐山市
county|玉田县|玉田|唐山市
county|遵化市|遵化|唐山市
county|迁安市||唐山市
county|滦州市|滦州|唐山市
# 河北省 秦皇岛市 (7)
county|海港区||秦皇岛市
county|山海关区|山海关|秦皇岛市
county|北戴河区|北戴河|秦皇岛市
county|抚宁区|抚宁|秦皇岛市
county|青龙满族自治县|青龙|秦皇岛市
county|昌黎县|昌黎|秦皇岛市
county|卢龙县|卢龙|秦皇岛市
# 河北省 邯郸市 (18)
county|邯山区|邯山|邯郸市
county|丛台区|丛台|邯郸市
county|复兴区||邯郸市
county|峰峰矿区|峰峰|邯郸市
county|肥乡区|肥乡|邯郸市
county|永年区|永年|邯郸市
county|临漳县|临漳|邯郸市
county|成安县||邯郸市
county|大名县|大名|邯郸市
county|涉县||邯郸市
county|磁县||邯郸市
county|邱县||邯郸市
county|鸡泽县|鸡泽|邯郸市
county|广平县|广平|邯郸市
county|馆陶县|馆陶|邯郸市
county|魏县||邯郸市
county|曲周县|曲周|邯郸市
county|武安市|武安|邯郸市
# 河北省 邢台市 (18)
county|襄都区|襄都|邢台市
county|信都区|信都|邢台市
county|任泽区|任泽|邢台市
county|南和区||邢台市
county|临城县|临城|邢台市
county|内丘县|内丘|邢台市
county|柏乡县|柏乡|邢台市
county|隆尧县|隆尧|邢台市
county|宁晋县|宁晋|邢台市
county|巨鹿县|巨鹿|邢台市
county|新河县|新河|邢台市
county|广宗县|广宗|邢台市
county|平乡县|平乡|邢台市
county|威县||邢台市
county|清河县|清河|邢台市
county|临西县|临西|邢台市
county|南宫市|南宫|邢台市
county|沙河市|沙河|邢台市
# 河北省 保定市 (24)
county|竞秀区|竞秀|保定市
county|莲池区|莲池|保定市
county|满城区|满城|保定市
county|清苑区|清苑|保定市
county|徐水区|徐水|保定市
county|涞水县|涞水|保定市
county|阜平县|阜平|保定市
county|定兴县|定兴|保定市
county|唐县||保定市
county|高阳县|高阳|保定市
county|容城县|容城|保定市
county|涞源县|涞源|保定市
county|望都县|望都|保定市
county|安新县|安新|保定市
county|易县||保定市
county|曲阳县|曲阳|保定市
county|蠡县||保定市
county|顺平县|顺平|保定市
county|博野县|博野|保定市
county|雄县||保定市
county|涿州市|涿州|保定市
county|定州市|定州|保定市
county|安国市|安国|保定市
county|高碑店市|高碑店|保定市
# 河北省 张家口市 (16)
county|桥东区||张家口市
county|桥西区||张家口市
county|宣化区|宣化|张家口市
county|下花园区|下花园|张家口市
county|万全区||张家口市
county|崇礼区|崇礼|张家口市
county|张北县|张北|张家口市
county|康保县|康保|张家口市
county|沽源县|沽源|张家口市
county|尚义县|尚义|张家口市
county|蔚县||张家口市
county|阳原县|阳原|张家口市
county|怀安县|怀安|张家口市
county|怀来县|怀来|张家口市
county|涿鹿县|涿鹿|张家口市
county|赤城县|赤城|张家口市
# 河北省 承德市 (11)
county|双桥区|双桥|承德市
county|双滦区|双滦|承德市
county|鹰手营子矿区|鹰手营子|承德市
county|承德县||承德市
county|兴隆县|兴隆|承德市
county|滦平县|滦平|承德市
county|隆化县|隆化|承德市
county|丰宁满族自治县|丰宁|承德市
county|宽城满族自治县|宽城|承德市
county|围场满族蒙古族自治县|围场|承德市
county|平泉市|平泉|承德市
# 河北省 沧州市 (16)
county|新华区||沧州市
county|运河区||沧州市
county|沧县||沧州市
county|青县||沧州市
county|东光县|东光|沧州市
county|海兴县|海兴|沧州市
county|盐山县|盐山|沧州市
county|肃宁县|肃宁|沧州市
county|南皮县|南皮|沧州市
county|吴桥县|吴桥|沧州市
county|献县||沧州市
county|孟村回族自治县|孟村|沧州市
county|泊头市|泊头|沧州市
county|任丘市|任丘|沧州市
county|黄骅市|黄骅|沧州市
county|河间市|河间|沧州市
# 河北省 廊坊市 (10)
county|安次区|安次|廊坊市
county|广阳区|广阳|廊坊市
county|固安县|固安|廊坊市
county|永清县|永清|廊坊市
county|香河县|香河|廊坊市
county|大城县||廊坊市
county|文安县|文安|廊坊市
county|大厂回族自治县|大厂|廊坊市
county|霸州市|霸州|廊坊市
county|三河市|三河|廊坊市
# 河北省 衡水市 (11)
county|桃城区|桃城|衡水市
county|冀州区|冀州|衡水市
county|枣强县|枣强|衡水市
county|武邑县|武邑|衡水市
county|武强县|武强|衡水市
county|饶阳县|饶阳|衡水市
county|安平县|安平|衡水市
county|故城县|故城|衡水市
county|景县||衡水市
county|阜城县|阜城|衡水市
county|深州市|深州|衡水市

# 山西省 太原市 (10)
county|小店区||太原市
county|迎泽区|迎泽|太原市
county|杏花岭区|杏花岭|太原市
county|尖草坪区|尖草坪|太原市
county|万柏林区|万柏林|太原市
county|晋源区|晋源|太原市
county|清徐县|清徐|太原市
county|阳曲县|阳曲|太原市
county|娄烦县|娄烦|太原市
county|古交市|古交|太原市
# 山西省 大同市 (10)
county|新荣区|新荣|大同市
county|平城区|平城|大同市
county|云冈区|云冈|大同市
county|云州区|云州|大同市
county|阳高县|阳高|大同市
county|天镇县|天镇|大同市
county|广灵县|广灵|大同市
county|灵丘县|灵丘|大同市
county|浑源县|浑源|大同市
county|左云县|左云|大同市
# 山西省 阳泉市 (5); its districts 城区, 矿区 and 郊区 are ordinary words, kept as comments
#county|城区||阳泉市
#county|矿区||阳泉市
#county|郊区||阳泉市
county|平定县|平定|阳泉市
county|盂县||阳泉市
# 山西省 长治市 (12)
county|潞州区|潞州|长治市
county|上党区|上党|长治市
county|屯留区|屯留|长治市
county|潞城区|潞城|长治市
county|襄垣县|襄垣|长治市
county|平顺县|平顺|长治市
county|黎城县|黎城|长治市
county|壶关县|壶关|长治市
county|长子县|长子|长治市
county|武乡县|武乡|长治市
county|沁县||长治市
county|沁源县|沁源|长治市
# 山西省 晋城市 (6); its district 城区 is an ordinary word, kept as a comment
#county|城区||晋城市
county|沁水县|沁水|晋城市
county|阳城县|阳城|晋城市
county|陵川县|陵川|晋城市
county|泽州县|泽州|晋城市
county|高平市|高平|晋城市
# 山西省 朔州市 (6)
county|朔城区|朔城|朔州市
county|平鲁区|平鲁|朔州市
county|山阴县|山阴|朔州市
county|应县||朔州市
county|右玉县|右玉|朔州市
county|怀仁市|怀仁|朔州市
# 山西省 晋中市 (11)
county|榆次区|榆次|晋中市
county|太谷区|太谷|晋中市
county|榆社县|榆社|晋中市
county|左权县|左权|晋中市
county|和顺县|和顺|晋中市
county|昔阳县|昔阳|晋中市
county|寿阳县|寿阳|晋中市
county|祁县||晋中市
county|平遥县|平遥|晋中市
county|灵石县|灵石|晋中市
county|介休市|介休|晋中市
# 山西省 运城市 (13)
county|盐湖区|盐湖|运城市
county|临猗县|临猗|运城市
county|万荣县|万荣|运城市
county|闻喜县|闻喜|运城市
county|稷山县|稷山|运城市
county|新绛县|新绛|运城市
county|绛县||运城市
county|垣曲县|垣曲|运城市
county|夏县||运城市
county|平陆县|平陆|运城市
county|芮城县|芮城|运城市
county|永济市|永济|运城市
county|河津市|河津|运城市
# 山西省 忻州市 (14)
county|忻府区|忻府|忻州市
county|定襄县|定襄|忻州市
county|五台县|五台|忻州市
county|代县||忻州市
county|繁峙县|繁峙|忻州市
county|宁武县|宁武|忻州市
county|静乐县|静乐|忻州市
county|神池县|神池|忻州市
county|五寨县|五寨|忻州市
county|岢岚县|岢岚|忻州市
county|河曲县|河曲|忻州市
county|保德县|保德|忻州市
county|偏关县|偏关|忻州市
county|原平市|原平|忻州市
# 山西省 临汾市 (17)
county|尧都区|尧都|临汾市
county|曲沃县|曲沃|临汾市
county|翼城县|翼城|临汾市
county|襄汾县|襄汾|临汾市
county|洪洞县|洪洞|临汾市
county|古县||临汾市
county|安泽县|安泽|临汾市
county|浮山县|浮山|临汾市
county|吉县||临汾市
county|乡宁县|乡宁|临汾市
county|大宁县|大宁|临汾市
county|隰县||临汾市
county|永和县|永和|临汾市
county|蒲县||临汾市
county|汾西县|汾西|临汾市
county|侯马市|侯马|临汾市
county|霍州市|霍州|临汾市
# 山西省 吕梁市 (13)
county|离石区|离石|吕梁市
county|文水县|文水|吕梁市
county|交城县|交城|吕梁市
county|兴县||吕梁市
county|临县||吕梁市
county|柳林县|柳林|吕梁市
county|石楼县|石楼|吕梁市
county|岚县||吕梁市
county|方山县|方山|吕梁市
county|中阳县|中阳|吕梁市
county|交口县|交口|吕梁市
county|孝义市|孝义|吕梁市
county|汾阳市|汾阳|吕梁市

# 内蒙古自治区 呼和浩特市 (9); its district 新城区 is an ordinary word, kept as a comment
#county|新城区||呼和浩特市
county|回民区||呼和浩特市
county|玉泉区|玉泉|呼和浩特市
county|赛罕区|赛罕|呼和浩特市
county|土默特左旗|土左旗|呼和浩特市
county|托克托县|托克托,托县|呼和浩特市
county|和林格尔县|和林格尔|呼和浩特市
county|清水河县|清水河|呼和浩特市
county|武川县|武川|呼和浩特市
# 内蒙古自治区 包头市 (9)
county|东河区||包头市
county|昆都仑区|昆都仑,昆区|包头市
county|青山区||包头市
county|石拐区|石拐|包头市
county|白云鄂博矿区|白云鄂博|包头市
county|九原区|九原|包头市
county|土默特右旗|土右旗|包头市
county|固阳县|固阳|包头市
county|达尔罕茂明安联合旗|达茂旗,达茂|包头市
# 内蒙古自治区 乌海市 (3)
county|海勃湾区|海勃湾|乌海市
county|海南区||乌海市
county|乌达区|乌达|乌海市
# 内蒙古自治区 赤峰市 (12)
county|红山区|红山|赤峰市
county|元宝山区|元宝山|赤峰市
county|松山区|松山|赤峰市
county|阿鲁科尔沁旗|阿鲁科尔沁|赤峰市
county|巴林左旗||赤峰市
county|巴林右旗||赤峰市
county|林西县|林西|赤峰市
county|克什克腾旗|克什克腾,克旗|赤峰市
county|翁牛特旗|翁牛特,翁旗|赤峰市
county|喀喇沁旗|喀喇沁,喀旗|赤峰市
county|宁城县|宁城|赤峰市
county|敖汉旗|敖汉|赤峰市
# 内蒙古自治区 通辽市 (8)
county|科尔沁区||通辽市
county|科尔沁左翼中旗|科左中旗|通辽市
county|科尔沁左翼后旗|科左后旗|通辽市
county|开鲁县|开鲁|通辽市
county|库伦旗|库伦|通辽市
county|奈曼旗|奈曼|通辽市
county|扎鲁特旗|扎鲁特|通辽市
county|霍林郭勒市|霍林郭勒|通辽市
# 内蒙古自治区 鄂尔多斯市 (9)
county|东胜区|东胜|鄂尔多斯市
county|康巴什区|康巴什|鄂尔多斯市
county|达拉特旗|达拉特,达旗|鄂尔多斯市
county|准格尔旗|准格尔,准旗|鄂尔多斯市
county|鄂托克前旗|鄂前旗|鄂尔多斯市
county|鄂托克旗|鄂托克|鄂尔多斯市
county|杭锦旗|杭锦|鄂尔多斯市
county|乌审旗|乌审|鄂尔多斯市
county|伊金霍洛旗|伊金霍洛,伊旗|鄂尔多斯市
# 内蒙古自治区 呼伦贝尔市 (14)
county|海拉尔区|海拉尔|呼伦贝尔市
county|扎赉诺尔区|扎赉诺尔|呼伦贝尔市
county|阿荣旗|阿荣|呼伦贝尔市
county|莫力达瓦达斡尔族自治旗|莫力达瓦,莫旗|呼伦贝尔市
county|鄂伦春自治旗|鄂伦春旗|呼伦贝尔市
county|鄂温克族自治旗|鄂温克旗|呼伦贝尔市
county|陈巴尔虎旗|陈巴尔虎,陈旗|呼伦贝尔市
county|新巴尔虎左旗|新左旗|呼伦贝尔市
county|新巴尔虎右旗|新右旗|呼伦贝尔市
county|满洲里市|满洲里|呼伦贝尔市
county|牙克石市|牙克石|呼伦贝尔市
county|扎兰屯市|扎兰屯|呼伦贝尔市
county|额尔古纳市|额尔古纳|呼伦贝尔市
county|根河市|根河|呼伦贝尔市
# 内蒙古自治区 巴彦淖尔市 (7)
county|临河区|临河|巴彦淖尔市
county|五原县|五原|巴彦淖尔市
county|磴口县|磴口|巴彦淖尔市
county|乌拉特前旗|乌前旗|巴彦淖尔市
county|乌拉特中旗|乌中旗|巴彦淖尔市
county|乌拉特后旗|乌后旗|巴彦淖尔市
county|杭锦后旗|杭后|巴彦淖尔市
# 内蒙古自治区 乌兰察布市 (11)
county|集宁区|集宁|乌兰察布市
county|卓资县|卓资|乌兰察布市
county|化德县|化德|乌兰察布市
county|商都县|商都|乌兰察布市
county|兴和县|兴和|乌兰察布市
county|凉城县|凉城|乌兰察布市
county|察哈尔右翼前旗|察右前旗|乌兰察布市
county|察哈尔右翼中旗|察右中旗|乌兰察布市
county|察哈尔右翼后旗|察右后旗|乌兰察布市
county|四子王旗|四子王|乌兰察布市
county|丰镇市|丰镇|乌兰察布市
# 内蒙古自治区 兴安盟 (6)
county|乌兰浩特市|乌兰浩特|兴安盟
county|阿尔山市|阿尔山|兴安盟
county|科尔沁右翼前旗|科右前旗|兴安盟
county|科尔沁右翼中旗|科右中旗|兴安盟
county|扎赉特旗|扎赉特|兴安盟
county|突泉县|突泉|兴安盟
# 内蒙古自治区 锡林郭勒盟 (12)
county|二连浩特市|二连浩特,二连|锡林郭勒盟
county|锡林浩特市|锡林浩特|锡林郭勒盟
county|阿巴嘎旗|阿巴嘎|锡林郭勒盟
county|苏尼特左旗|苏左旗|锡林郭勒盟
county|苏尼特右旗|苏右旗|锡林郭勒盟
county|东乌珠穆沁旗|东乌旗|锡林郭勒盟
county|西乌珠穆沁旗|西乌旗|锡林郭勒盟
county|太仆寺旗|太仆寺|锡林郭勒盟
county|镶黄旗||锡林郭勒盟
county|正镶白旗||锡林郭勒盟
county|正蓝旗||锡林郭勒盟
county|多伦县|多伦|锡林郭勒盟
# 内蒙古自治区 阿拉善盟 (3)
county|阿拉善左旗|阿左旗|阿拉善盟
county|阿拉善右旗|阿右旗|阿拉善盟
county|额济纳旗|额济纳|阿拉善盟

# 辽宁省 沈阳市 (13)
county|和平区||沈阳市
county|沈河区|沈河|沈阳市
county|大东区||沈阳市
county|皇姑区|皇姑|沈阳市
county|铁西区||沈阳市
county|苏家屯区|苏家屯|沈阳市
county|浑南区|浑南|沈阳市
county|沈北新区|沈北|沈阳市
county|于洪区|于洪|沈阳市
county|辽中区||沈阳市
county|康平县|康平|沈阳市
county|法库县|法库|沈阳市
county|新民市|新民|沈阳市
# 辽宁省 大连市 (10)
county|中山区||大连市
county|西岗区|西岗|大连市
county|沙河口区|沙河口|大连市
county|甘井子区|甘井子|大连市
county|旅顺口区|旅顺口,旅顺|大连市
county|金州区|金州|大连市
county|普兰店区|普兰店|大连市
county|长海县|长海|大连市
county|瓦房店市|瓦房店|大连市
county|庄河市|庄河|大连市
# 辽宁省 鞍山市 (7)
county|铁东区||鞍山市
county|铁西区||鞍山市
county|立山区|立山|鞍山市
county|千山区||鞍山市
county|台安县|台安|鞍山市
county|岫岩满族自治县|岫岩|鞍山市
county|海城市|海城|鞍山市
# 辽宁省 抚顺市 (7)
county|新抚区|新抚|抚顺市
county|东洲区|东洲|抚顺市
county|望花区|望花|抚顺市
county|顺城区|顺城|抚顺市
county|抚顺县||抚顺市
county|新宾满族自治县|新宾|抚顺市
county|清原满族自治县|清原|抚顺市
# 辽宁省 本溪市 (6)
county|平山区|平山|本溪市
county|溪湖区|溪湖|本溪市
county|明山区|明山|本溪市
county|南芬区|南芬|本溪市
county|本溪满族自治县|本溪县|本溪市
county|桓仁满族自治县|桓仁|本溪市
# 辽宁省 丹东市 (6)
county|元宝区||丹东市
county|振兴区||丹东市
county|振安区|振安|丹东市
county|宽甸满族自治县|宽甸|丹东市
county|东港市|东港|丹东市
county|凤城市|凤城|丹东市
# 辽宁省 锦州市 (7)
county|古塔区|古塔|锦州市
county|凌河区|凌河|锦州市
county|太和区|太和|锦州市
county|黑山县|黑山|锦州市
county|义县||锦州市
county|凌海市|凌海|锦州市
county|北镇市|北镇|锦州市
# 辽宁省 营口市 (6)
county|站前区||营口市
county|西市区||营口市
county|鲅鱼圈区|鲅鱼圈|营口市
county|老边区|老边|营口市
county|盖州市|盖州|营口市
county|大石桥市|大石桥|营口市
# 辽宁省 阜新市 (7)
county|海州区|海州|阜新市
county|新邱区|新邱|阜新市
county|太平区||阜新市
county|清河门区|清河门|阜新市
county|细河区|细河|阜新市
county|阜新蒙古族自治县|阜蒙|阜新市
county|彰武县|彰武|阜新市
# 辽宁省 辽阳市 (7)
county|白塔区|白塔|辽阳市
county|文圣区|文圣|辽阳市
county|宏伟区||辽阳市
county|弓长岭区|弓长岭|辽阳市
county|太子河区|太子河|辽阳市
county|辽阳县||辽阳市
county|灯塔市||辽阳市
# 辽宁省 盘锦市 (4)
county|双台子区|双台子|盘锦市
county|兴隆台区|兴隆台|盘锦市
county|大洼区|大洼|盘锦市
county|盘山县|盘山|盘锦市
# 辽宁省 铁岭市 (7)
county|银州区|银州|铁岭市
county|清河区|清河|铁岭市
county|铁岭县||铁岭市
county|西丰县|西丰|铁岭市
county|昌图县|昌图|铁岭市
county|调兵山市|调兵山|铁岭市
county|开原市|开原|铁岭市
# 辽宁省 朝阳市 (7)
county|双塔区|双塔|朝阳市
county|龙城区|龙城|朝阳市
county|朝阳县||朝阳市
county|建平县||朝阳市
county|喀喇沁左翼蒙古族自治县|喀左|朝阳市
county|北票市|北票|朝阳市
county|凌源市|凌源|朝阳市
# 辽宁省 葫芦岛市 (6)
county|连山区|连山|葫芦岛市
county|龙港区|龙港|葫芦岛市
county|南票区|南票|葫芦岛市
county|绥中县|绥中|葫芦岛市
county|建昌县|建昌|葫芦岛市
county|兴城市|兴城|葫芦岛市

# 吉林省 长春市 (11)
county|南关区||长春市
county|宽城区|宽城|长春市
county|朝阳区||长春市
county|二道区||长春市
county|绿园区|绿园|长春市
county|双阳区|双阳|长春市
county|九台区|九台|长春市
county|农安县|农安|长春市
county|榆树市|榆树|长春市
county|德惠市|德惠|长春市
county|公主岭市|公主岭|长春市
# 吉林省 吉林市 (9)
county|昌邑区|昌邑|吉林市
county|龙潭区|龙潭|吉林市
county|船营区|船营|吉林市
county|丰满区||吉林市
county|永吉县|永吉|吉林市
county|蛟河市|蛟河|吉林市
county|桦甸市|桦甸|吉林市
county|舒兰市|舒兰|吉林市
county|磐石市||吉林市
# 吉林省 四平市 (5)
county|铁西区||四平市
county|铁东区||四平市
county|梨树县|梨树|四平市
county|伊通满族自治县|伊通|四平市
county|双辽市|双辽|四平市
# 吉林省 辽源市 (4)
county|龙山区|龙山|辽源市
county|西安区||辽源市
county|东丰县|东丰|辽源市
county|东辽县|东辽|辽源市
# 吉林省 通化市 (7)
county|东昌区|东昌|通化市
county|二道江区|二道江|通化市
county|通化县||通化市
county|辉南县|辉南|通化市
county|柳河县|柳河|通化市
county|梅河口市|梅河口|通化市
county|集安市|集安|通化市
# 吉林省 白山市 (6)
county|浑江区|浑江|白山市
county|江源区|江源|白山市
county|抚松县|抚松|白山市
county|靖宇县|靖宇|白山市
county|长白朝鲜族自治县|长白县|白山市
county|临江市|临江|白山市
# 吉林省 松原市 (5)
county|宁江区|宁江|松原市
county|前郭尔罗斯蒙古族自治县|前郭|松原市
county|长岭县|长岭|松原市
county|乾安县|乾安|松原市
county|扶余市|扶余|松原市
# 吉林省 白城市 (5)
county|洮北区|洮北|白城市
county|镇赉县|镇赉|白城市
county|通榆县|通榆|白城市
county|洮南市|洮南|白城市
county|大安市||白城市
# 吉林省 延边朝鲜族自治州 (8)
county|延吉市|延吉|延边朝鲜族自治州
county|图们市||延边朝鲜族自治州
county|敦化市|敦化|延边朝鲜族自治州
county|珲春市|珲春|延边朝鲜族自治州
county|龙井市|龙井|延边朝鲜族自治州
county|和龙市|和龙|延边朝鲜族自治州
county|汪清县|汪清|延边朝鲜族自治州
county|安图县|安图|延边朝鲜族自治州

# 黑龙江省 哈尔滨市 (18)
county|道里区|道里|哈尔滨市
county|南岗区|南岗|哈尔滨市
county|道外区|道外|哈尔滨市
county|平房区||哈尔滨市
county|松北区|松北|哈尔滨市
county|香坊区|香坊|哈尔滨市
county|呼兰区|呼兰|哈尔滨市
county|阿城区|阿城|哈尔滨市
county|双城区||哈尔滨市
county|依兰县|依兰|哈尔滨市
county|方正县||哈尔滨市
county|宾县||哈尔滨市
county|巴彦县|巴彦|哈尔滨市
county|木兰县|木兰|哈尔滨市
county|通河县|通河|哈尔滨市
county|延寿县|延寿|哈尔滨市
county|尚志市|尚志|哈尔滨市
county|五常市|五常|哈尔滨市
# 黑龙江省 齐齐哈尔市 (16)
county|龙沙区|龙沙|齐齐哈尔市
county|建华区||齐齐哈尔市
county|铁锋区|铁锋|齐齐哈尔市
county|昂昂溪区|昂昂溪|齐齐哈尔市
county|富拉尔基区|富拉尔基|齐齐哈尔市
county|碾子山区|碾子山|齐齐哈尔市
county|梅里斯达斡尔族区|梅里斯|齐齐哈尔市
county|龙江县||齐齐哈尔市
county|依安县|依安|齐齐哈尔市
county|泰来县|泰来|齐齐哈尔市
county|甘南县||齐齐哈尔市
county|富裕县||齐齐哈尔市
county|克山县|克山|齐齐哈尔市
county|克东县|克东|齐齐哈尔市
county|拜泉县|拜泉|齐齐哈尔市
county|讷河市|讷河|齐齐哈尔市
# 黑龙江省 鸡西市 (9)
county|鸡冠区|鸡冠|鸡西市
county|恒山区|恒山|鸡西市
county|滴道区|滴道|鸡西市
county|梨树区||鸡西市
county|城子河区|城子河|鸡西市
county|麻山区|麻山|鸡西市
county|鸡东县|鸡东|鸡西市
county|虎林市|虎林|鸡西市
county|密山市|密山|鸡西市
# 黑龙江省 鹤岗市 (8)
county|向阳区||鹤岗市
county|工农区||鹤岗市
county|南山区||鹤岗市
county|兴安区||鹤岗市
county|东山区||鹤岗市
county|兴山区|兴山|鹤岗市
county|萝北县|萝北|鹤岗市
county|绥滨县|绥滨|鹤岗市
# 黑龙江省 双鸭山市 (8)
county|尖山区|尖山|双鸭山市
county|岭东区|岭东|双鸭山市
county|四方台区|四方台|双鸭山市
county|宝山区|宝山|双鸭山市
county|集贤县|集贤|双鸭山市
county|友谊县||双鸭山市
county|宝清县|宝清|双鸭山市
county|饶河县|饶河|双鸭山市
# 黑龙江省 大庆市 (9)
county|萨尔图区|萨尔图|大庆市
county|龙凤区|龙凤|大庆市
county|让胡路区|让胡路|大庆市
county|红岗区|红岗|大庆市
county|大同区||大庆市
county|肇州县|肇州|大庆市
county|肇源县|肇源|大庆市
county|林甸县|林甸|大庆市
county|杜尔伯特蒙古族自治县|杜尔伯特,杜蒙|大庆市
# 黑龙江省 伊春市 (10)
county|伊美区|伊美|伊春市
county|乌翠区|乌翠|伊春市
county|友好区||伊春市
county|金林区|金林|伊春市
county|嘉荫县|嘉荫|伊春市
county|汤旺县|汤旺|伊春市
county|丰林县|丰林|伊春市
county|大箐山县|大箐山|伊春市
county|南岔县|南岔|伊春市
county|铁力市|铁力|伊春市
# 黑龙江省 佳木斯市 (10); its district 郊区 is an ordinary word, kept as a comment
county|向阳区||佳木斯市
county|前进区||佳木斯市
county|东风区||佳木斯市
#county|郊区||佳木斯市
county|桦南县|桦南|佳木斯市
county|桦川县|桦川|佳木斯市
county|汤原县|汤原|佳木斯市
county|同江市|同江|佳木斯市
county|富锦市|富锦|佳木斯市
county|抚远市|抚远|佳木斯市
# 黑龙江省 七台河市 (4)
county|新兴区||七台河市
county|桃山区|桃山|七台河市
county|茄子河区|茄子河|七台河市
county|勃利县|勃利|七台河市
# 黑龙江省 牡丹江市 (10)
county|东安区|东安|牡丹江市
county|阳明区|阳明|牡丹江市
county|爱民区||牡丹江市
county|西安区||牡丹江市
county|林口县|林口|牡丹江市
county|绥芬河市|绥芬河|牡丹江市
county|海林市|海林|牡丹江市
county|宁安市|宁安|牡丹江市
county|穆棱市|穆棱|牡丹江市
county|东宁市|东宁|牡丹江市
# 黑龙江省 黑河市 (6)
county|爱辉区|爱辉|黑河市
county|逊克县|逊克|黑河市
county|孙吴县|孙吴|黑河市
county|北安市|北安|黑河市
county|五大连池市|五大连池|黑河市
county|嫩江市|嫩江|黑河市
# 黑龙江省 绥化市 (10)
county|北林区|北林|绥化市
county|望奎县|望奎|绥化市
county|兰西县|兰西|绥化市
county|青冈县|青冈|绥化市
county|庆安县|庆安|绥化市
county|明水县|明水|绥化市
county|绥棱县|绥棱|绥化市
county|安达市|安达|绥化市
county|肇东市|肇东|绥化市
county|海伦市|海伦|绥化市
# 黑龙江省 大兴安岭地区 (3); the official list has only these three; 加格达奇区, 松岭区, 新林区 and 呼中区 are not state-approved county-level units
county|漠河市|漠河|大兴安岭地区
county|呼玛县|呼玛|大兴安岭地区
county|塔河县|塔河|大兴安岭地区

# 上海市 (16 districts)
county|黄浦区|黄浦|上海市
county|徐汇区|徐汇|上海市
county|长宁区|长宁|上海市
county|静安区|静安|上海市
county|普陀区|普陀|上海市
county|虹口区|虹口|上海市
county|杨浦区|杨浦|上海市
county|闵行区|闵行|上海市
county|宝山区|宝山|上海市
county|嘉定区|嘉定|上海市
county|浦东新区|浦东|上海市
county|金山区||上海市
county|松江区|松江|上海市
county|青浦区|青浦|上海市
county|奉贤区|奉贤|上海市
county|崇明区|崇明|上海市

# 江苏省 南京市 (11)
county|玄武区|玄武|南京市
county|秦淮区|秦淮|南京市
county|建邺区|建邺|南京市
county|鼓楼区|鼓楼|南京市
county|浦口区|浦口|南京市
county|栖霞区|栖霞|南京市
county|雨花台区|雨花台|南京市
county|江宁区|江宁|南京市
county|六合区|六合|南京市
county|溧水区|溧水|南京市
county|高淳区|高淳|南京市
# 江苏省 无锡市 (7)
county|锡山区|锡山|无锡市
county|惠山区|惠山|无锡市
county|滨湖区||无锡市
county|梁溪区|梁溪|无锡市
county|新吴区|新吴|无锡市
county|江阴市|江阴|无锡市
county|宜兴市|宜兴|无锡市
# 江苏省 徐州市 (10)
county|鼓楼区|鼓楼|徐州市
county|云龙区|云龙|徐州市
county|贾汪区|贾汪|徐州市
county|泉山区|泉山|徐州市
county|铜山区|铜山|徐州市
county|丰县||徐州市
county|沛县||徐州市
county|睢宁县|睢宁|徐州市
county|新沂市|新沂|徐州市
county|邳州市|邳州|徐州市
# 江苏省 常州市 (6)
county|天宁区|天宁|常州市
county|钟楼区||常州市
county|新北区||常州市
county|武进区|武进|常州市
county|金坛区|金坛|常州市
county|溧阳市|溧阳|常州市
# 江苏省 苏州市 (9)
county|虎丘区|虎丘|苏州市
county|吴中区|吴中|苏州市
county|相城区|相城|苏州市
county|姑苏区|姑苏|苏州市
county|吴江区|吴江|苏州市
county|常熟市|常熟|苏州市
county|张家港市|张家港|苏州市
county|昆山市|昆山|苏州市
county|太仓市|太仓|苏州市
# 江苏省 南通市 (7)
county|通州区|通州|南通市
county|崇川区|崇川|南通市
county|海门区|海门|南通市
county|如东县|如东|南通市
county|启东市|启东|南通市
county|如皋市|如皋|南通市
county|海安市|海安|南通市
# 江苏省 连云港市 (6)
county|连云区||连云港市
county|海州区|海州|连云港市
county|赣榆区|赣榆|连云港市
county|东海县||连云港市
county|灌云县|灌云|连云港市
county|灌南县|灌南|连云港市
# 江苏省 淮安市 (7)
county|淮安区||淮安市
county|淮阴区|淮阴|淮安市
county|清江浦区|清江浦|淮安市
county|洪泽区|洪泽|淮安市
county|涟水县|涟水|淮安市
county|盱眙县|盱眙|淮安市
county|金湖县|金湖|淮安市
# 江苏省 盐城市 (9)
county|亭湖区|亭湖|盐城市
county|盐都区|盐都|盐城市
county|大丰区||盐城市
county|响水县|响水|盐城市
county|滨海县||盐城市
county|阜宁县|阜宁|盐城市
county|射阳县|射阳|盐城市
county|建湖县|建湖|盐城市
county|东台市|东台|盐城市
# 江苏省 扬州市 (6)
county|广陵区|广陵|扬州市
county|邗江区|邗江|扬州市
county|江都区|江都|扬州市
county|宝应县|宝应|扬州市
county|仪征市|仪征|扬州市
county|高邮市|高邮|扬州市
# 江苏省 镇江市 (6)
county|京口区|京口|镇江市
county|润州区|润州|镇江市
county|丹徒区|丹徒|镇江市
county|丹阳市|丹阳|镇江市
county|扬中市|扬中|镇江市
county|句容市|句容|镇江市
# 江苏省 泰州市 (6)
county|海陵区|海陵|泰州市
county|高港区|高港|泰州市
county|姜堰区|姜堰|泰州市
county|兴化市|兴化|泰州市
county|靖江市|靖江|泰州市
county|泰兴市|泰兴|泰州市
# 江苏省 宿迁市 (5)
county|宿城区|宿城|宿迁市
county|宿豫区|宿豫|宿迁市
county|沭阳县|沭阳|宿迁市
county|泗阳县|泗阳|宿迁市
county|泗洪县|泗洪|宿迁市

# 浙江省 杭州市 (13)
county|上城区||杭州市
county|拱墅区|拱墅|杭州市
county|西湖区||杭州市
county|滨江区||杭州市
county|萧山区|萧山|杭州市
county|余杭区|余杭|杭州市
county|富阳区|富阳|杭州市
county|临安区|临安|杭州市
county|临平区|临平|杭州市
county|钱塘区||杭州市
county|桐庐县|桐庐|杭州市
county|淳安县|淳安|杭州市
county|建德市|建德|杭州市
# 浙江省 宁波市 (10)
county|海曙区|海曙|宁波市
county|江北区||宁波市
county|北仑区|北仑|宁波市
county|镇海区|镇海|宁波市
county|鄞州区|鄞州|宁波市
county|奉化区|奉化|宁波市
county|象山县|象山|宁波市
county|宁海县|宁海|宁波市
county|余姚市|余姚|宁波市
county|慈溪市|慈溪|宁波市
# 浙江省 温州市 (12)
county|鹿城区|鹿城|温州市
county|龙湾区|龙湾|温州市
county|瓯海区|瓯海|温州市
county|洞头区|洞头|温州市
county|永嘉县|永嘉|温州市
county|平阳县|平阳|温州市
county|苍南县|苍南|温州市
county|文成县|文成|温州市
county|泰顺县|泰顺|温州市
county|瑞安市|瑞安|温州市
county|乐清市|乐清|温州市
county|龙港市|龙港|温州市
# 浙江省 嘉兴市 (7)
county|南湖区|南湖|嘉兴市
county|秀洲区|秀洲|嘉兴市
county|嘉善县|嘉善|嘉兴市
county|海盐县||嘉兴市
county|海宁市|海宁|嘉兴市
county|平湖市|平湖|嘉兴市
county|桐乡市|桐乡|嘉兴市
# 浙江省 湖州市 (5)
county|吴兴区|吴兴|湖州市
county|南浔区|南浔|湖州市
county|德清县|德清|湖州市
county|长兴县|长兴|湖州市
county|安吉县|安吉|湖州市
# 浙江省 绍兴市 (6)
county|越城区|越城|绍兴市
county|柯桥区|柯桥|绍兴市
county|上虞区|上虞|绍兴市
county|新昌县|新昌|绍兴市
county|诸暨市|诸暨|绍兴市
county|嵊州市|嵊州|绍兴市
# 浙江省 金华市 (9)
county|婺城区|婺城|金华市
county|金东区|金东|金华市
county|武义县|武义|金华市
county|浦江县|浦江|金华市
county|磐安县|磐安|金华市
county|兰溪市|兰溪|金华市
county|义乌市|义乌|金华市
county|东阳市|东阳|金华市
county|永康市|永康|金华市
# 浙江省 衢州市 (6)
county|柯城区|柯城|衢州市
county|衢江区|衢江|衢州市
county|常山县|常山|衢州市
county|开化县||衢州市
county|龙游县|龙游|衢州市
county|江山市||衢州市
# 浙江省 舟山市 (4)
county|定海区|定海|舟山市
county|普陀区|普陀|舟山市
county|岱山县|岱山|舟山市
county|嵊泗县|嵊泗|舟山市
# 浙江省 台州市 (9)
county|椒江区|椒江|台州市
county|黄岩区|黄岩|台州市
county|路桥区||台州市
county|三门县|三门|台州市
county|天台县||台州市
county|仙居县|仙居|台州市
county|温岭市|温岭|台州市
county|临海市||台州市
county|玉环市|玉环|台州市
# 浙江省 丽水市 (9)
county|莲都区|莲都|丽水市
county|青田县|青田|丽水市
county|缙云县|缙云|丽水市
county|遂昌县|遂昌|丽水市
county|松阳县|松阳|丽水市
county|云和县|云和|丽水市
county|庆元县|庆元|丽水市
county|景宁畲族自治县|景宁|丽水市
county|龙泉市|龙泉|丽水市

# 安徽省 合肥市 (9)
county|瑶海区|瑶海|合肥市
county|庐阳区|庐阳|合肥市
county|蜀山区|蜀山|合肥市
county|包河区|包河|合肥市
county|长丰县|长丰|合肥市
county|肥东县|肥东|合肥市
county|肥西县|肥西|合肥市
county|庐江县|庐江|合肥市
county|巢湖市||合肥市
# 安徽省 芜湖市 (7)
county|镜湖区|镜湖|芜湖市
county|鸠江区|鸠江|芜湖市
county|弋江区|弋江|芜湖市
county|湾沚区|湾沚|芜湖市
county|繁昌区|繁昌|芜湖市
county|南陵县|南陵|芜湖市
county|无为市||芜湖市
# 安徽省 蚌埠市 (7)
county|龙子湖区|龙子湖|蚌埠市
county|蚌山区|蚌山|蚌埠市
county|禹会区|禹会|蚌埠市
county|淮上区|淮上|蚌埠市
county|怀远县|怀远|蚌埠市
county|五河县|五河|蚌埠市
county|固镇县|固镇|蚌埠市
# 安徽省 淮南市 (7)
county|大通区||淮南市
county|田家庵区|田家庵|淮南市
county|谢家集区|谢家集|淮南市
county|八公山区|八公山|淮南市
county|潘集区|潘集|淮南市
county|凤台县|凤台|淮南市
county|寿县||淮南市
# 安徽省 马鞍山市 (6)
county|花山区|花山|马鞍山市
county|雨山区|雨山|马鞍山市
county|博望区|博望|马鞍山市
county|当涂县|当涂|马鞍山市
county|含山县|含山|马鞍山市
county|和县||马鞍山市
# 安徽省 淮北市 (4)
county|杜集区|杜集|淮北市
county|相山区|相山|淮北市
county|烈山区|烈山|淮北市
county|濉溪县|濉溪|淮北市
# 安徽省 铜陵市 (4); its district 郊区 is an ordinary word, kept as a comment
county|铜官区|铜官|铜陵市
county|义安区|义安|铜陵市
#county|郊区||铜陵市
county|枞阳县|枞阳|铜陵市
# 安徽省 安庆市 (10)
county|迎江区|迎江|安庆市
county|大观区||安庆市
county|宜秀区|宜秀|安庆市
county|怀宁县|怀宁|安庆市
county|太湖县||安庆市
county|宿松县|宿松|安庆市
county|望江县|望江|安庆市
county|岳西县|岳西|安庆市
county|桐城市|桐城|安庆市
county|潜山市|潜山|安庆市
# 安徽省 黄山市 (7)
county|屯溪区|屯溪|黄山市
county|黄山区||黄山市
county|徽州区|徽州|黄山市
county|歙县||黄山市
county|休宁县|休宁|黄山市
county|黟县||黄山市
county|祁门县|祁门|黄山市
# 安徽省 滁州市 (8)
county|琅琊区|琅琊|滁州市
county|南谯区|南谯|滁州市
county|来安县|来安|滁州市
county|全椒县|全椒|滁州市
county|定远县|定远|滁州市
county|凤阳县|凤阳|滁州市
county|天长市|天长|滁州市
county|明光市|明光|滁州市
# 安徽省 阜阳市 (8)
county|颍州区|颍州|阜阳市
county|颍东区|颍东|阜阳市
county|颍泉区|颍泉|阜阳市
county|临泉县|临泉|阜阳市
county|太和县|太和|阜阳市
county|阜南县|阜南|阜阳市
county|颍上县|颍上|阜阳市
county|界首市|界首|阜阳市
# 安徽省 宿州市 (5)
county|埇桥区|埇桥|宿州市
county|砀山县|砀山|宿州市
county|萧县||宿州市
county|灵璧县|灵璧|宿州市
county|泗县||宿州市
# 安徽省 六安市 (7)
county|金安区|金安|六安市
county|裕安区|裕安|六安市
county|叶集区|叶集|六安市
county|霍邱县|霍邱|六安市
county|舒城县|舒城|六安市
county|金寨县|金寨|六安市
county|霍山县|霍山|六安市
# 安徽省 亳州市 (4)
county|谯城区|谯城|亳州市
county|涡阳县|涡阳|亳州市
county|蒙城县|蒙城|亳州市
county|利辛县|利辛|亳州市
# 安徽省 池州市 (4)
county|贵池区|贵池|池州市
county|东至县|东至|池州市
county|石台县|石台|池州市
county|青阳县|青阳|池州市
# 安徽省 宣城市 (7)
county|宣州区|宣州|宣城市
county|郎溪县|郎溪|宣城市
county|泾县||宣城市
county|绩溪县|绩溪|宣城市
county|旌德县|旌德|宣城市
county|宁国市|宁国|宣城市
county|广德市|广德|宣城市

# 福建省 福州市 (13)
county|鼓楼区|鼓楼|福州市
county|台江区|台江|福州市
county|仓山区|仓山|福州市
county|马尾区|马尾|福州市
county|晋安区|晋安|福州市
county|长乐区|长乐|福州市
county|闽侯县|闽侯|福州市
county|连江县|连江|福州市
county|罗源县|罗源|福州市
county|闽清县|闽清|福州市
county|永泰县|永泰|福州市
county|平潭县|平潭|福州市
county|福清市|福清|福州市
# 福建省 厦门市 (6)
county|思明区|思明|厦门市
county|海沧区|海沧|厦门市
county|湖里区|湖里|厦门市
county|集美区|集美|厦门市
county|同安区|同安|厦门市
county|翔安区|翔安|厦门市
# 福建省 莆田市 (5)
county|城厢区||莆田市
county|涵江区|涵江|莆田市
county|荔城区|荔城|莆田市
county|秀屿区|秀屿|莆田市
county|仙游县|仙游|莆田市
# 福建省 三明市 (11)
county|三元区||三明市
county|沙县区|沙县|三明市
county|明溪县|明溪|三明市
county|清流县|清流|三明市
county|宁化县|宁化|三明市
county|大田县||三明市
county|尤溪县|尤溪|三明市
county|将乐县|将乐|三明市
county|泰宁县|泰宁|三明市
county|建宁县|建宁|三明市
county|永安市|永安|三明市
# 福建省 泉州市 (12)
county|鲤城区|鲤城|泉州市
county|丰泽区|丰泽|泉州市
county|洛江区|洛江|泉州市
county|泉港区|泉港|泉州市
county|惠安县|惠安|泉州市
county|安溪县|安溪|泉州市
county|永春县|永春|泉州市
county|德化县|德化|泉州市
county|金门县|金门|泉州市
county|石狮市|石狮|泉州市
county|晋江市|晋江|泉州市
county|南安市|南安|泉州市
# 福建省 漳州市 (11)
county|芗城区|芗城|漳州市
county|龙文区|龙文|漳州市
county|龙海区|龙海|漳州市
county|长泰区|长泰|漳州市
county|云霄县|云霄|漳州市
county|漳浦县|漳浦|漳州市
county|诏安县|诏安|漳州市
county|东山县|东山|漳州市
county|南靖县|南靖|漳州市
county|平和县||漳州市
county|华安县|华安|漳州市
# 福建省 南平市 (10)
county|延平区|延平|南平市
county|建阳区|建阳|南平市
county|顺昌县|顺昌|南平市
county|浦城县|浦城|南平市
county|光泽县|光泽|南平市
county|松溪县|松溪|南平市
county|政和县||南平市
county|邵武市|邵武|南平市
county|武夷山市|武夷山|南平市
county|建瓯市|建瓯|南平市
# 福建省 龙岩市 (7)
county|新罗区|新罗|龙岩市
county|永定区|永定|龙岩市
county|长汀县|长汀|龙岩市
county|上杭县|上杭|龙岩市
county|武平县|武平|龙岩市
county|连城县|连城|龙岩市
county|漳平市|漳平|龙岩市
# 福建省 宁德市 (9)
county|蕉城区|蕉城|宁德市
county|霞浦县|霞浦|宁德市
county|古田县||宁德市
county|屏南县|屏南|宁德市
county|寿宁县|寿宁|宁德市
county|周宁县|周宁|宁德市
county|柘荣县|柘荣|宁德市
county|福安市|福安|宁德市
county|福鼎市|福鼎|宁德市

# 江西省 南昌市 (9)
county|东湖区||南昌市
county|西湖区||南昌市
county|青云谱区|青云谱|南昌市
county|青山湖区|青山湖|南昌市
county|新建区||南昌市
county|红谷滩区|红谷滩|南昌市
county|南昌县||南昌市
county|安义县|安义|南昌市
county|进贤县|进贤|南昌市
# 江西省 景德镇市 (4)
county|昌江区|昌江|景德镇市
county|珠山区|珠山|景德镇市
county|浮梁县|浮梁|景德镇市
county|乐平市|乐平|景德镇市
# 江西省 萍乡市 (5)
county|安源区|安源|萍乡市
county|湘东区|湘东|萍乡市
county|莲花县||萍乡市
county|上栗县|上栗|萍乡市
county|芦溪县|芦溪|萍乡市
# 江西省 九江市 (13)
county|濂溪区|濂溪|九江市
county|浔阳区|浔阳|九江市
county|柴桑区|柴桑|九江市
county|武宁县|武宁|九江市
county|修水县||九江市
county|永修县|永修|九江市
county|德安县|德安|九江市
county|都昌县|都昌|九江市
county|湖口县|湖口|九江市
county|彭泽县|彭泽|九江市
county|瑞昌市|瑞昌|九江市
county|共青城市|共青城|九江市
county|庐山市|庐山|九江市
# 江西省 新余市 (2)
county|渝水区|渝水|新余市
county|分宜县|分宜|新余市
# 江西省 鹰潭市 (3)
county|月湖区|月湖|鹰潭市
county|余江区|余江|鹰潭市
county|贵溪市|贵溪|鹰潭市
# 江西省 赣州市 (18)
county|章贡区|章贡|赣州市
county|南康区|南康|赣州市
county|赣县区|赣县|赣州市
county|信丰县|信丰|赣州市
county|大余县|大余|赣州市
county|上犹县|上犹|赣州市
county|崇义县|崇义|赣州市
county|安远县|安远|赣州市
county|定南县|定南|赣州市
county|全南县|全南|赣州市
county|宁都县|宁都|赣州市
county|于都县|于都|赣州市
county|兴国县||赣州市
county|会昌县|会昌|赣州市
county|寻乌县|寻乌|赣州市
county|石城县|石城|赣州市
county|瑞金市|瑞金|赣州市
county|龙南市|龙南|赣州市
# 江西省 吉安市 (13)
county|吉州区|吉州|吉安市
county|青原区|青原|吉安市
county|吉安县||吉安市
county|吉水县|吉水|吉安市
county|峡江县|峡江|吉安市
county|新干县||吉安市
county|永丰县|永丰|吉安市
county|泰和县|泰和|吉安市
county|遂川县|遂川|吉安市
county|万安县||吉安市
county|安福县|安福|吉安市
county|永新县|永新|吉安市
county|井冈山市|井冈山|吉安市
# 江西省 宜春市 (10)
county|袁州区|袁州|宜春市
county|奉新县|奉新|宜春市
county|万载县|万载|宜春市
county|上高县||宜春市
county|宜丰县|宜丰|宜春市
county|靖安县|靖安|宜春市
county|铜鼓县|铜鼓|宜春市
county|丰城市|丰城|宜春市
county|樟树市|樟树|宜春市
county|高安市||宜春市
# 江西省 抚州市 (11)
county|临川区|临川|抚州市
county|东乡区|东乡|抚州市
county|南城县||抚州市
county|黎川县|黎川|抚州市
county|南丰县|南丰|抚州市
county|崇仁县|崇仁|抚州市
county|乐安县|乐安|抚州市
county|宜黄县|宜黄|抚州市
county|金溪县|金溪|抚州市
county|资溪县|资溪|抚州市
county|广昌县|广昌|抚州市
# 江西省 上饶市 (12)
county|信州区|信州|上饶市
county|广丰区|广丰|上饶市
county|广信区|广信|上饶市
county|玉山县|玉山|上饶市
county|铅山县|铅山|上饶市
county|横峰县|横峰|上饶市
county|弋阳县|弋阳|上饶市
county|余干县|余干|上饶市
county|鄱阳县||上饶市
county|万年县||上饶市
county|婺源县|婺源|上饶市
county|德兴市|德兴|上饶市

# 山东省 济南市 (12)
county|历下区|历下|济南市
county|市中区||济南市
county|槐荫区|槐荫|济南市
county|天桥区||济南市
county|历城区|历城|济南市
county|长清区|长清|济南市
county|章丘区|章丘|济南市
county|济阳区|济阳|济南市
county|莱芜区|莱芜|济南市
county|钢城区|钢城|济南市
county|平阴县|平阴|济南市
county|商河县|商河|济南市
# 山东省 青岛市 (10)
county|市南区||青岛市
county|市北区||青岛市
county|黄岛区|黄岛|青岛市
county|崂山区|崂山|青岛市
county|李沧区|李沧|青岛市
county|城阳区|城阳|青岛市
county|即墨区|即墨|青岛市
county|胶州市|胶州|青岛市
county|平度市|平度|青岛市
county|莱西市|莱西|青岛市
# 山东省 淄博市 (8)
county|淄川区|淄川|淄博市
county|张店区|张店|淄博市
county|博山区|博山|淄博市
county|临淄区|临淄|淄博市
county|周村区|周村|淄博市
county|桓台县|桓台|淄博市
county|高青县|高青|淄博市
county|沂源县|沂源|淄博市
# 山东省 枣庄市 (6)
county|市中区||枣庄市
county|薛城区|薛城|枣庄市
county|峄城区|峄城|枣庄市
county|台儿庄区|台儿庄|枣庄市
county|山亭区|山亭|枣庄市
county|滕州市|滕州|枣庄市
# 山东省 东营市 (5)
county|东营区||东营市
county|河口区||东营市
county|垦利区|垦利|东营市
county|利津县|利津|东营市
county|广饶县|广饶|东营市
# 山东省 烟台市 (11)
county|芝罘区|芝罘|烟台市
county|福山区|福山|烟台市
county|牟平区|牟平|烟台市
county|莱山区|莱山|烟台市
county|蓬莱区|蓬莱|烟台市
county|龙口市|龙口|烟台市
county|莱阳市|莱阳|烟台市
county|莱州市|莱州|烟台市
county|招远市|招远|烟台市
county|栖霞市|栖霞|烟台市
county|海阳市|海阳|烟台市
# 山东省 潍坊市 (12)
county|潍城区|潍城|潍坊市
county|寒亭区|寒亭|潍坊市
county|坊子区|坊子|潍坊市
county|奎文区|奎文|潍坊市
county|临朐县|临朐|潍坊市
county|昌乐县|昌乐|潍坊市
county|青州市|青州|潍坊市
county|诸城市|诸城|潍坊市
county|寿光市|寿光|潍坊市
county|安丘市|安丘|潍坊市
county|高密市|高密|潍坊市
county|昌邑市|昌邑|潍坊市
# 山东省 济宁市 (11)
county|任城区|任城|济宁市
county|兖州区|兖州|济宁市
county|微山县|微山|济宁市
county|鱼台县|鱼台|济宁市
county|金乡县|金乡|济宁市
county|嘉祥县|嘉祥|济宁市
county|汶上县|汶上|济宁市
county|泗水县|泗水|济宁市
county|梁山县|梁山|济宁市
county|曲阜市|曲阜|济宁市
county|邹城市|邹城|济宁市
# 山东省 泰安市 (6)
county|泰山区||泰安市
county|岱岳区|岱岳|泰安市
county|宁阳县|宁阳|泰安市
county|东平县|东平|泰安市
county|新泰市|新泰|泰安市
county|肥城市|肥城|泰安市
# 山东省 威海市 (4)
county|环翠区|环翠|威海市
county|文登区|文登|威海市
county|荣成市|荣成|威海市
county|乳山市|乳山|威海市
# 山东省 日照市 (4)
county|东港区||日照市
county|岚山区|岚山|日照市
county|五莲县|五莲|日照市
county|莒县||日照市
# 山东省 临沂市 (12)
county|兰山区|兰山|临沂市
county|罗庄区|罗庄|临沂市
county|河东区||临沂市
county|沂南县|沂南|临沂市
county|郯城县|郯城|临沂市
county|沂水县|沂水|临沂市
county|兰陵县|兰陵|临沂市
county|费县||临沂市
county|平邑县|平邑|临沂市
county|莒南县|莒南|临沂市
county|蒙阴县|蒙阴|临沂市
county|临沭县|临沭|临沂市
# 山东省 德州市 (11)
county|德城区|德城|德州市
county|陵城区|陵城|德州市
county|宁津县|宁津|德州市
county|庆云县|庆云|德州市
county|临邑县|临邑|德州市
county|齐河县|齐河|德州市
county|平原县||德州市
county|夏津县|夏津|德州市
county|武城县|武城|德州市
county|乐陵市|乐陵|德州市
county|禹城市|禹城|德州市
# 山东省 聊城市 (8)
county|东昌府区|东昌府|聊城市
county|茌平区|茌平|聊城市
county|阳谷县|阳谷|聊城市
county|莘县||聊城市
county|东阿县|东阿|聊城市
county|冠县||聊城市
county|高唐县|高唐|聊城市
county|临清市|临清|聊城市
# 山东省 滨州市 (7)
county|滨城区|滨城|滨州市
county|沾化区|沾化|滨州市
county|惠民县||滨州市
county|阳信县|阳信|滨州市
county|无棣县|无棣|滨州市
county|博兴县|博兴|滨州市
county|邹平市|邹平|滨州市
# 山东省 菏泽市 (9)
county|牡丹区||菏泽市
county|定陶区|定陶|菏泽市
county|曹县||菏泽市
county|单县||菏泽市
county|成武县|成武|菏泽市
county|巨野县|巨野|菏泽市
county|郓城县|郓城|菏泽市
county|鄄城县|鄄城|菏泽市
county|东明县|东明|菏泽市

# 河南省 郑州市 (12)
county|中原区||郑州市
county|二七区|二七|郑州市
county|管城回族区|管城|郑州市
county|金水区|金水|郑州市
county|上街区|上街|郑州市
county|惠济区|惠济|郑州市
county|中牟县|中牟|郑州市
county|巩义市|巩义|郑州市
county|荥阳市|荥阳|郑州市
county|新密市|新密|郑州市
county|新郑市|新郑|郑州市
county|登封市|登封|郑州市
# 河南省 开封市 (9)
county|龙亭区|龙亭|开封市
county|顺河回族区|顺河|开封市
county|鼓楼区|鼓楼|开封市
county|禹王台区|禹王台|开封市
county|祥符区|祥符|开封市
county|杞县||开封市
county|通许县|通许|开封市
county|尉氏县|尉氏|开封市
county|兰考县|兰考|开封市
# 河南省 洛阳市 (14); 老城区 is an ordinary word, kept as a comment
#county|老城区||洛阳市
county|西工区|西工|洛阳市
county|瀍河回族区|瀍河|洛阳市
county|涧西区|涧西|洛阳市
county|偃师区|偃师|洛阳市
county|孟津区|孟津|洛阳市
county|洛龙区|洛龙|洛阳市
county|新安县|新安|洛阳市
county|栾川县|栾川|洛阳市
county|嵩县||洛阳市
county|汝阳县|汝阳|洛阳市
county|宜阳县|宜阳|洛阳市
county|洛宁县|洛宁|洛阳市
county|伊川县|伊川|洛阳市
# 河南省 平顶山市 (10)
county|新华区||平顶山市
county|卫东区|卫东|平顶山市
county|石龙区|石龙|平顶山市
county|湛河区|湛河|平顶山市
county|宝丰县|宝丰|平顶山市
county|叶县||平顶山市
county|鲁山县|鲁山|平顶山市
county|郏县||平顶山市
county|舞钢市|舞钢|平顶山市
county|汝州市|汝州|平顶山市
# 河南省 安阳市 (9)
county|文峰区|文峰|安阳市
county|北关区|北关|安阳市
county|殷都区|殷都|安阳市
county|龙安区|龙安|安阳市
county|安阳县||安阳市
county|汤阴县|汤阴|安阳市
county|滑县||安阳市
county|内黄县|内黄|安阳市
county|林州市|林州|安阳市
# 河南省 鹤壁市 (5)
county|鹤山区|鹤山|鹤壁市
county|山城区||鹤壁市
county|淇滨区|淇滨|鹤壁市
county|浚县||鹤壁市
county|淇县||鹤壁市
# 河南省 新乡市 (12)
county|红旗区||新乡市
county|卫滨区|卫滨|新乡市
county|凤泉区|凤泉|新乡市
county|牧野区|牧野|新乡市
county|新乡县||新乡市
county|获嘉县|获嘉|新乡市
county|原阳县|原阳|新乡市
county|延津县|延津|新乡市
county|封丘县|封丘|新乡市
county|卫辉市|卫辉|新乡市
county|辉县市|辉县|新乡市
county|长垣市|长垣|新乡市
# 河南省 焦作市 (10)
county|解放区||焦作市
county|中站区|中站|焦作市
county|马村区|马村|焦作市
county|山阳区|山阳|焦作市
county|修武县|修武|焦作市
county|博爱县|博爱|焦作市
county|武陟县|武陟|焦作市
county|温县||焦作市
county|沁阳市|沁阳|焦作市
county|孟州市|孟州|焦作市
# 河南省 濮阳市 (6)
county|华龙区|华龙|濮阳市
county|清丰县|清丰|濮阳市
county|南乐县|南乐|濮阳市
county|范县||濮阳市
county|台前县|台前|濮阳市
county|濮阳县||濮阳市
# 河南省 许昌市 (6)
county|魏都区|魏都|许昌市
county|建安区|建安|许昌市
county|鄢陵县|鄢陵|许昌市
county|襄城县|襄城|许昌市
county|禹州市|禹州|许昌市
county|长葛市|长葛|许昌市
# 河南省 漯河市 (5)
county|源汇区|源汇|漯河市
county|郾城区|郾城|漯河市
county|召陵区|召陵|漯河市
county|舞阳县|舞阳|漯河市
county|临颍县|临颍|漯河市
# 河南省 三门峡市 (6)
county|湖滨区|湖滨|三门峡市
county|陕州区|陕州|三门峡市
county|渑池县|渑池|三门峡市
county|卢氏县|卢氏|三门峡市
county|义马市|义马|三门峡市
county|灵宝市|灵宝|三门峡市
# 河南省 南阳市 (13)
county|宛城区|宛城|南阳市
county|卧龙区|卧龙|南阳市
county|南召县|南召|南阳市
county|方城县|方城|南阳市
county|西峡县|西峡|南阳市
county|镇平县|镇平|南阳市
county|内乡县|内乡|南阳市
county|淅川县|淅川|南阳市
county|社旗县|社旗|南阳市
county|唐河县|唐河|南阳市
county|新野县|新野|南阳市
county|桐柏县|桐柏|南阳市
county|邓州市|邓州|南阳市
# 河南省 商丘市 (9)
county|梁园区|梁园|商丘市
county|睢阳区|睢阳|商丘市
county|民权县|民权|商丘市
county|睢县||商丘市
county|宁陵县|宁陵|商丘市
county|柘城县|柘城|商丘市
county|虞城县|虞城|商丘市
county|夏邑县|夏邑|商丘市
county|永城市|永城|商丘市
# 河南省 信阳市 (10)
county|浉河区|浉河|信阳市
county|平桥区|平桥|信阳市
county|罗山县|罗山|信阳市
county|光山县|光山|信阳市
county|新县||信阳市
county|商城县||信阳市
county|固始县|固始|信阳市
county|潢川县|潢川|信阳市
county|淮滨县|淮滨|信阳市
county|息县||信阳市
# 河南省 周口市 (10)
county|川汇区|川汇|周口市
county|淮阳区|淮阳|周口市
county|扶沟县|扶沟|周口市
county|西华县|西华|周口市
county|商水县|商水|周口市
county|沈丘县|沈丘|周口市
county|郸城县|郸城|周口市
county|太康县|太康|周口市
county|鹿邑县|鹿邑|周口市
county|项城市|项城|周口市
# 河南省 驻马店市 (10)
county|驿城区|驿城|驻马店市
county|西平县|西平|驻马店市
county|上蔡县|上蔡|驻马店市
county|平舆县|平舆|驻马店市
county|正阳县|正阳|驻马店市
county|确山县|确山|驻马店市
county|泌阳县|泌阳|驻马店市
county|汝南县|汝南|驻马店市
county|遂平县|遂平|驻马店市
county|新蔡县|新蔡|驻马店市
# 河南省 省直辖县级市 (county-level city governed directly by the province)
county|济源市|济源|河南省

# 湖北省 武汉市 (13)
county|江岸区||武汉市
county|江汉区||武汉市
county|硚口区|硚口|武汉市
county|汉阳区|汉阳|武汉市
county|武昌区|武昌|武汉市
county|青山区||武汉市
county|洪山区|洪山|武汉市
county|东西湖区|东西湖|武汉市
county|汉南区|汉南|武汉市
county|蔡甸区|蔡甸|武汉市
county|江夏区|江夏|武汉市
county|黄陂区|黄陂|武汉市
county|新洲区|新洲|武汉市
# 湖北省 黄石市 (6)
county|黄石港区|黄石港|黄石市
county|西塞山区|西塞山|黄石市
county|下陆区|下陆|黄石市
county|铁山区|铁山|黄石市
county|阳新县|阳新|黄石市
county|大冶市|大冶|黄石市
# 湖北省 十堰市 (8)
county|茅箭区|茅箭|十堰市
county|张湾区|张湾|十堰市
county|郧阳区|郧阳|十堰市
county|郧西县|郧西|十堰市
county|竹山县|竹山|十堰市
county|竹溪县|竹溪|十堰市
county|房县||十堰市
county|丹江口市|丹江口|十堰市
# 湖北省 宜昌市 (13)
county|西陵区|西陵|宜昌市
county|伍家岗区|伍家岗|宜昌市
county|点军区|点军|宜昌市
county|猇亭区|猇亭|宜昌市
county|夷陵区|夷陵|宜昌市
county|远安县|远安|宜昌市
county|兴山县|兴山|宜昌市
county|秭归县|秭归|宜昌市
county|长阳土家族自治县|长阳|宜昌市
county|五峰土家族自治县|五峰|宜昌市
county|宜都市|宜都|宜昌市
county|当阳市|当阳|宜昌市
county|枝江市|枝江|宜昌市
# 湖北省 襄阳市 (9)
county|襄城区|襄城|襄阳市
county|樊城区|樊城|襄阳市
county|襄州区|襄州|襄阳市
county|南漳县|南漳|襄阳市
county|谷城县|谷城|襄阳市
county|保康县||襄阳市
county|老河口市|老河口|襄阳市
county|枣阳市|枣阳|襄阳市
county|宜城市|宜城|襄阳市
# 湖北省 鄂州市 (3)
county|梁子湖区|梁子湖|鄂州市
county|华容区|华容|鄂州市
county|鄂城区|鄂城|鄂州市
# 湖北省 荆门市 (5)
county|东宝区|东宝|荆门市
county|掇刀区|掇刀|荆门市
county|沙洋县|沙洋|荆门市
county|钟祥市|钟祥|荆门市
county|京山市|京山|荆门市
# 湖北省 孝感市 (7)
county|孝南区|孝南|孝感市
county|孝昌县|孝昌|孝感市
county|大悟县|大悟|孝感市
county|云梦县|云梦|孝感市
county|应城市||孝感市
county|安陆市|安陆|孝感市
county|汉川市|汉川|孝感市
# 湖北省 荆州市 (8)
county|沙市区|沙市|荆州市
county|荆州区||荆州市
county|公安县||荆州市
county|江陵县|江陵|荆州市
county|石首市|石首|荆州市
county|洪湖市|洪湖|荆州市
county|松滋市|松滋|荆州市
county|监利市|监利|荆州市
# 湖北省 黄冈市 (10)
county|黄州区|黄州|黄冈市
county|团风县|团风|黄冈市
county|红安县|红安|黄冈市
county|罗田县|罗田|黄冈市
county|英山县|英山|黄冈市
county|浠水县|浠水|黄冈市
county|蕲春县|蕲春|黄冈市
county|黄梅县||黄冈市
county|麻城市|麻城|黄冈市
county|武穴市|武穴|黄冈市
# 湖北省 咸宁市 (6)
county|咸安区|咸安|咸宁市
county|嘉鱼县|嘉鱼|咸宁市
county|通城县||咸宁市
county|崇阳县|崇阳|咸宁市
county|通山县|通山|咸宁市
county|赤壁市|赤壁|咸宁市
# 湖北省 随州市 (3)
county|曾都区|曾都|随州市
county|随县||随州市
county|广水市||随州市
# 湖北省 恩施土家族苗族自治州 (8)
county|恩施市||恩施土家族苗族自治州
county|利川市|利川|恩施土家族苗族自治州
county|建始县|建始|恩施土家族苗族自治州
county|巴东县|巴东|恩施土家族苗族自治州
county|宣恩县|宣恩|恩施土家族苗族自治州
county|咸丰县|咸丰|恩施土家族苗族自治州
county|来凤县|来凤|恩施土家族苗族自治州
county|鹤峰县|鹤峰|恩施土家族苗族自治州
# 湖北省 省直辖县级行政单位 (4; county-level cities and 林区 governed directly by the province)
county|仙桃市|仙桃|湖北省
county|潜江市|潜江|湖北省
county|天门市|天门|湖北省
county|神农架林区|神农架|湖北省

# 湖南省 长沙市 (9)
county|芙蓉区||长沙市
county|天心区|天心|长沙市
county|岳麓区|岳麓|长沙市
county|开福区|开福|长沙市
county|雨花区|雨花|长沙市
county|望城区|望城|长沙市
county|长沙县||长沙市
county|浏阳市|浏阳|长沙市
county|宁乡市|宁乡|长沙市
# 湖南省 株洲市 (9)
county|荷塘区||株洲市
county|芦淞区|芦淞|株洲市
county|石峰区|石峰|株洲市
county|天元区|天元|株洲市
county|渌口区|渌口|株洲市
county|攸县||株洲市
county|茶陵县|茶陵|株洲市
county|炎陵县|炎陵|株洲市
county|醴陵市|醴陵|株洲市
# 湖南省 湘潭市 (5)
county|雨湖区|雨湖|湘潭市
county|岳塘区|岳塘|湘潭市
county|湘潭县||湘潭市
county|湘乡市|湘乡|湘潭市
county|韶山市|韶山|湘潭市
# 湖南省 衡阳市 (12)
county|珠晖区|珠晖|衡阳市
county|雁峰区|雁峰|衡阳市
county|石鼓区|石鼓|衡阳市
county|蒸湘区|蒸湘|衡阳市
county|南岳区|南岳|衡阳市
county|衡阳县||衡阳市
county|衡南县|衡南|衡阳市
county|衡山县|衡山|衡阳市
county|衡东县|衡东|衡阳市
county|祁东县|祁东|衡阳市
county|耒阳市|耒阳|衡阳市
county|常宁市|常宁|衡阳市
# 湖南省 邵阳市 (12)
county|双清区||邵阳市
county|大祥区|大祥|邵阳市
county|北塔区|北塔|邵阳市
county|新邵县|新邵|邵阳市
county|邵阳县||邵阳市
county|隆回县|隆回|邵阳市
county|洞口县||邵阳市
county|绥宁县|绥宁|邵阳市
county|新宁县|新宁|邵阳市
county|城步苗族自治县|城步|邵阳市
county|武冈市|武冈|邵阳市
county|邵东市|邵东|邵阳市
# 湖南省 岳阳市 (9)
county|岳阳楼区||岳阳市
county|云溪区|云溪|岳阳市
county|君山区|君山|岳阳市
county|岳阳县||岳阳市
county|华容县|华容|岳阳市
county|湘阴县|湘阴|岳阳市
county|平江县|平江|岳阳市
county|汨罗市|汨罗|岳阳市
county|临湘市|临湘|岳阳市
# 湖南省 常德市 (9)
county|武陵区||常德市
county|鼎城区|鼎城|常德市
county|安乡县||常德市
county|汉寿县|汉寿|常德市
county|澧县||常德市
county|临澧县|临澧|常德市
county|桃源县||常德市
county|石门县|石门|常德市
county|津市市|津市|常德市
# 湖南省 张家界市 (4)
county|永定区|永定|张家界市
county|武陵源区|武陵源|张家界市
county|慈利县|慈利|张家界市
county|桑植县|桑植|张家界市
# 湖南省 益阳市 (6)
county|资阳区||益阳市
county|赫山区|赫山|益阳市
county|南县||益阳市
county|桃江县|桃江|益阳市
county|安化县|安化|益阳市
county|沅江市|沅江|益阳市
# 湖南省 郴州市 (11)
county|北湖区|北湖|郴州市
county|苏仙区|苏仙|郴州市
county|桂阳县|桂阳|郴州市
county|宜章县|宜章|郴州市
county|永兴县|永兴|郴州市
county|嘉禾县|嘉禾|郴州市
county|临武县|临武|郴州市
county|汝城县|汝城|郴州市
county|桂东县||郴州市
county|安仁县|安仁|郴州市
county|资兴市||郴州市
# 湖南省 永州市 (11)
county|零陵区|零陵|永州市
county|冷水滩区|冷水滩|永州市
county|东安县|东安|永州市
county|双牌县|双牌|永州市
county|道县||永州市
county|江永县|江永|永州市
county|宁远县|宁远|永州市
county|蓝山县|蓝山|永州市
county|新田县|新田|永州市
county|江华瑶族自治县|江华|永州市
county|祁阳市|祁阳|永州市
# 湖南省 怀化市 (12)
county|鹤城区|鹤城|怀化市
county|中方县||怀化市
county|沅陵县|沅陵|怀化市
county|辰溪县|辰溪|怀化市
county|溆浦县|溆浦|怀化市
county|会同县||怀化市
county|麻阳苗族自治县|麻阳|怀化市
county|新晃侗族自治县|新晃|怀化市
county|芷江侗族自治县|芷江|怀化市
county|靖州苗族侗族自治县|靖州|怀化市
county|通道侗族自治县||怀化市
county|洪江市|洪江|怀化市
# 湖南省 娄底市 (5)
county|娄星区|娄星|娄底市
county|双峰县|双峰|娄底市
county|新化县|新化|娄底市
county|冷水江市|冷水江|娄底市
county|涟源市|涟源|娄底市
# 湖南省 湘西土家族苗族自治州 (8)
county|吉首市|吉首|湘西土家族苗族自治州
county|泸溪县|泸溪|湘西土家族苗族自治州
county|凤凰县||湘西土家族苗族自治州
county|花垣县|花垣|湘西土家族苗族自治州
county|保靖县|保靖|湘西土家族苗族自治州
county|古丈县|古丈|湘西土家族苗族自治州
county|永顺县|永顺|湘西土家族苗族自治州
county|龙山县|龙山|湘西土家族苗族自治州

# 广东省 广州市 (11)
county|荔湾区|荔湾|广州市
county|越秀区|越秀|广州市
county|海珠区|海珠|广州市
county|天河区|天河|广州市
county|白云区||广州市
county|黄埔区|黄埔|广州市
county|番禺区|番禺|广州市
county|花都区|花都|广州市
county|南沙区|南沙|广州市
county|从化区|从化|广州市
county|增城区||广州市
# 广东省 韶关市 (10)
county|武江区|武江|韶关市
county|浈江区|浈江|韶关市
county|曲江区|曲江|韶关市
county|始兴县|始兴|韶关市
county|仁化县|仁化|韶关市
county|翁源县|翁源|韶关市
county|乳源瑶族自治县|乳源|韶关市
county|新丰县|新丰|韶关市
county|乐昌市|乐昌|韶关市
county|南雄市|南雄|韶关市
# 广东省 深圳市 (9)
county|罗湖区|罗湖|深圳市
county|福田区|福田|深圳市
county|南山区||深圳市
county|宝安区|宝安|深圳市
county|龙岗区|龙岗|深圳市
county|盐田区|盐田|深圳市
county|龙华区|龙华|深圳市
county|坪山区|坪山|深圳市
county|光明区||深圳市
# 广东省 珠海市 (3)
county|香洲区|香洲|珠海市
county|斗门区|斗门|珠海市
county|金湾区|金湾|珠海市
# 广东省 汕头市 (7)
county|龙湖区|龙湖|汕头市
county|金平区|金平|汕头市
county|濠江区|濠江|汕头市
county|潮阳区|潮阳|汕头市
county|潮南区|潮南|汕头市
county|澄海区|澄海|汕头市
county|南澳县|南澳|汕头市
# 广东省 佛山市 (5)
county|禅城区|禅城|佛山市
county|南海区||佛山市
county|顺德区|顺德|佛山市
county|三水区||佛山市
county|高明区||佛山市
# 广东省 江门市 (7)
county|蓬江区|蓬江|江门市
county|江海区||江门市
county|新会区|新会|江门市
county|台山市|台山|江门市
county|开平市|开平|江门市
county|鹤山市|鹤山|江门市
county|恩平市|恩平|江门市
# 广东省 湛江市 (9)
county|赤坎区|赤坎|湛江市
county|霞山区|霞山|湛江市
county|坡头区|坡头|湛江市
county|麻章区|麻章|湛江市
county|遂溪县|遂溪|湛江市
county|徐闻县|徐闻|湛江市
county|廉江市|廉江|湛江市
county|雷州市|雷州|湛江市
county|吴川市|吴川|湛江市
# 广东省 茂名市 (5)
county|茂南区|茂南|茂名市
county|电白区|电白|茂名市
county|高州市|高州|茂名市
county|化州市|化州|茂名市
county|信宜市|信宜|茂名市
# 广东省 肇庆市 (8)
county|端州区|端州|肇庆市
county|鼎湖区|鼎湖|肇庆市
county|高要区||肇庆市
county|广宁县|广宁|肇庆市
county|怀集县|怀集|肇庆市
county|封开县|封开|肇庆市
county|德庆县|德庆|肇庆市
county|四会市|四会|肇庆市
# 广东省 惠州市 (5)
county|惠城区|惠城|惠州市
county|惠阳区|惠阳|惠州市
county|博罗县|博罗|惠州市
county|惠东县|惠东|惠州市
county|龙门县||惠州市
# 广东省 梅州市 (8)
county|梅江区|梅江|梅州市
county|梅县区|梅县|梅州市
county|大埔县|大埔|梅州市
county|丰顺县|丰顺|梅州市
county|五华县|五华|梅州市
county|平远县|平远|梅州市
county|蕉岭县|蕉岭|梅州市
county|兴宁市|兴宁|梅州市
# 广东省 汕尾市 (4); its district 城区 is an ordinary word, kept as a comment
#county|城区||汕尾市
county|海丰县|海丰|汕尾市
county|陆河县|陆河|汕尾市
county|陆丰市|陆丰|汕尾市
# 广东省 河源市 (6)
county|源城区||河源市
county|紫金县|紫金|河源市
county|龙川县|龙川|河源市
county|连平县|连平|河源市
county|和平县||河源市
county|东源县|东源|河源市
# 广东省 阳江市 (4)
county|江城区||阳江市
county|阳东区|阳东|阳江市
county|阳西县|阳西|阳江市
county|阳春市||阳江市
# 广东省 清远市 (8)
county|清城区|清城|清远市
county|清新区||清远市
county|佛冈县|佛冈|清远市
county|阳山县|阳山|清远市
county|连山壮族瑶族自治县|连山|清远市
county|连南瑶族自治县|连南|清远市
county|英德市|英德|清远市
county|连州市|连州|清远市
# 广东省 东莞市 (0; no county-level units, towns and subdistricts directly under the city)
# 广东省 中山市 (0; no county-level units, towns and subdistricts directly under the city)
# 广东省 潮州市 (3)
county|湘桥区|湘桥|潮州市
county|潮安区|潮安|潮州市
county|饶平县|饶平|潮州市
# 广东省 揭阳市 (5)
county|榕城区||揭阳市
county|揭东区|揭东|揭阳市
county|揭西县|揭西|揭阳市
county|惠来县|惠来|揭阳市
county|普宁市|普宁|揭阳市
# 广东省 云浮市 (5)
county|云城区|云城|云浮市
county|云安区|云安|云浮市
county|新兴县||云浮市
county|郁南县|郁南|云浮市
county|罗定市|罗定|云浮市

# 广西壮族自治区 南宁市 (12)
county|兴宁区|兴宁|南宁市
county|青秀区|青秀|南宁市
county|江南区||南宁市
county|西乡塘区|西乡塘|南宁市
county|良庆区|良庆|南宁市
county|邕宁区|邕宁|南宁市
county|武鸣区|武鸣|南宁市
county|隆安县|隆安|南宁市
county|马山县|马山|南宁市
county|上林县|上林|南宁市
county|宾阳县|宾阳|南宁市
county|横州市|横州|南宁市
# 广西壮族自治区 柳州市 (10)
county|城中区||柳州市
county|鱼峰区|鱼峰|柳州市
county|柳南区|柳南|柳州市
county|柳北区|柳北|柳州市
county|柳江区|柳江|柳州市
county|柳城县|柳城|柳州市
county|鹿寨县|鹿寨|柳州市
county|融安县|融安|柳州市
county|融水苗族自治县|融水|柳州市
county|三江侗族自治县||柳州市
# 广西壮族自治区 桂林市 (17)
county|秀峰区|秀峰|桂林市
county|叠彩区|叠彩|桂林市
county|象山区|象山|桂林市
county|七星区||桂林市
county|雁山区|雁山|桂林市
county|临桂区|临桂|桂林市
county|阳朔县|阳朔|桂林市
county|灵川县|灵川|桂林市
county|全州县||桂林市
county|兴安县||桂林市
county|永福县|永福|桂林市
county|灌阳县|灌阳|桂林市
county|龙胜各族自治县|龙胜|桂林市
county|资源县||桂林市
county|平乐县|平乐|桂林市
county|恭城瑶族自治县|恭城|桂林市
county|荔浦市|荔浦|桂林市
# 广西壮族自治区 梧州市 (7)
county|万秀区|万秀|梧州市
county|长洲区|长洲|梧州市
county|龙圩区|龙圩|梧州市
county|苍梧县|苍梧|梧州市
county|藤县||梧州市
county|蒙山县||梧州市
county|岑溪市|岑溪|梧州市
# 广西壮族自治区 北海市 (4)
county|海城区|海城|北海市
county|银海区|银海|北海市
county|铁山港区|铁山港|北海市
county|合浦县|合浦|北海市
# 广西壮族自治区 防城港市 (4); its district 港口区 is an ordinary word (port area), kept as a comment
#county|港口区||防城港市
county|防城区|防城|防城港市
county|上思县|上思|防城港市
county|东兴市|东兴|防城港市
# 广西壮族自治区 钦州市 (4)
county|钦南区|钦南|钦州市
county|钦北区|钦北|钦州市
county|灵山县|灵山|钦州市
county|浦北县|浦北|钦州市
# 广西壮族自治区 贵港市 (5)
county|港北区||贵港市
county|港南区||贵港市
county|覃塘区|覃塘|贵港市
county|平南县|平南|贵港市
county|桂平市|桂平|贵港市
# 广西壮族自治区 玉林市 (7)
county|玉州区|玉州|玉林市
county|福绵区|福绵|玉林市
county|容县||玉林市
county|陆川县|陆川|玉林市
county|博白县|博白|玉林市
county|兴业县||玉林市
county|北流市|北流|玉林市
# 广西壮族自治区 百色市 (12)
county|右江区|右江|百色市
county|田阳区|田阳|百色市
county|田东县|田东|百色市
county|德保县|德保|百色市
county|那坡县|那坡|百色市
county|凌云县||百色市
county|乐业县||百色市
county|田林县|田林|百色市
county|西林县|西林|百色市
county|隆林各族自治县|隆林|百色市
county|靖西市|靖西|百色市
county|平果市|平果|百色市
# 广西壮族自治区 贺州市 (5)
county|八步区|八步|贺州市
county|平桂区|平桂|贺州市
county|昭平县|昭平|贺州市
county|钟山县|钟山|贺州市
county|富川瑶族自治县|富川|贺州市
# 广西壮族自治区 河池市 (11)
county|金城江区|金城江|河池市
county|宜州区|宜州|河池市
county|南丹县|南丹|河池市
county|天峨县|天峨|河池市
county|凤山县|凤山|河池市
county|东兰县|东兰|河池市
county|罗城仫佬族自治县|罗城|河池市
county|环江毛南族自治县|环江|河池市
county|巴马瑶族自治县|巴马|河池市
county|都安瑶族自治县|都安|河池市
county|大化瑶族自治县||河池市
# 广西壮族自治区 来宾市 (6)
county|兴宾区|兴宾|来宾市
county|忻城县|忻城|来宾市
county|象州县|象州|来宾市
county|武宣县|武宣|来宾市
county|金秀瑶族自治县|金秀|来宾市
county|合山市||来宾市
# 广西壮族自治区 崇左市 (7)
county|江州区|江州|崇左市
county|扶绥县|扶绥|崇左市
county|宁明县|宁明|崇左市
county|龙州县|龙州|崇左市
county|大新县||崇左市
county|天等县||崇左市
county|凭祥市|凭祥|崇左市

# 海南省 海口市 (4)
county|秀英区|秀英|海口市
county|龙华区|龙华|海口市
county|琼山区|琼山|海口市
county|美兰区|美兰|海口市
# 海南省 三亚市 (4)
county|海棠区||三亚市
county|吉阳区|吉阳|三亚市
county|天涯区||三亚市
county|崖州区|崖州|三亚市
# 海南省 三沙市 (2)
county|西沙区|西沙|三沙市
county|南沙区|南沙|三沙市
# 海南省 儋州市 (0; no county-level units, towns directly under the city)
# 海南省 省直辖县级行政单位 (15; county-level units governed directly by the province)
county|五指山市|五指山|海南省
county|琼海市|琼海|海南省
county|文昌市|文昌|海南省
county|万宁市|万宁|海南省
county|东方市||海南省
county|定安县||海南省
county|屯昌县|屯昌|海南省
county|澄迈县|澄迈|海南省
county|临高县||海南省
county|白沙黎族自治县|白沙|海南省
county|昌江黎族自治县|昌江|海南省
county|乐东黎族自治县|乐东|海南省
county|陵水黎族自治县|陵水|海南省
county|保亭黎族苗族自治县|保亭|海南省
county|琼中黎族苗族自治县|琼中|海南省

# 重庆市 (26 districts, 8 counties, 4 autonomous counties)
county|万州区|万州|重庆市
county|涪陵区|涪陵|重庆市
county|渝中区|渝中|重庆市
county|大渡口区|大渡口|重庆市
county|江北区|江北|重庆市
county|沙坪坝区|沙坪坝|重庆市
county|九龙坡区|九龙坡|重庆市
county|南岸区||重庆市
county|北碚区|北碚|重庆市
county|綦江区|綦江|重庆市
county|大足区|大足|重庆市
county|渝北区|渝北|重庆市
county|巴南区|巴南|重庆市
county|黔江区|黔江|重庆市
county|长寿区||重庆市
county|江津区|江津|重庆市
county|合川区|合川|重庆市
county|永川区|永川|重庆市
county|南川区|南川|重庆市
county|璧山区|璧山|重庆市
county|铜梁区|铜梁|重庆市
county|潼南区|潼南|重庆市
county|荣昌区|荣昌|重庆市
county|开州区|开州|重庆市
county|梁平区|梁平|重庆市
county|武隆区|武隆|重庆市
county|城口县|城口|重庆市
county|丰都县|丰都|重庆市
county|垫江县|垫江|重庆市
county|忠县||重庆市
county|云阳县|云阳|重庆市
county|奉节县|奉节|重庆市
county|巫山县|巫山|重庆市
county|巫溪县|巫溪|重庆市
county|石柱土家族自治县|石柱|重庆市
county|秀山土家族苗族自治县|秀山|重庆市
county|酉阳土家族苗族自治县|酉阳|重庆市
county|彭水苗族土家族自治县|彭水|重庆市

# 四川省 成都市 (20)
county|锦江区|锦江|成都市
county|青羊区|青羊|成都市
county|金牛区|金牛|成都市
county|武侯区|武侯|成都市
county|成华区|成华|成都市
county|龙泉驿区|龙泉驿|成都市
county|青白江区|青白江|成都市
county|新都区|新都|成都市
county|温江区|温江|成都市
county|双流区|双流|成都市
county|郫都区|郫都|成都市
county|新津区|新津|成都市
county|金堂县|金堂|成都市
county|大邑县|大邑|成都市
county|蒲江县|蒲江|成都市
county|都江堰市|都江堰|成都市
county|彭州市|彭州|成都市
county|邛崃市|邛崃|成都市
county|崇州市|崇州|成都市
county|简阳市|简阳|成都市
# 四川省 自贡市 (6)
county|自流井区|自流井|自贡市
county|贡井区|贡井|自贡市
county|大安区||自贡市
county|沿滩区|沿滩|自贡市
county|荣县||自贡市
county|富顺县|富顺|自贡市
# 四川省 攀枝花市 (5); its districts 东区 and 西区 are ordinary words, kept as comments
#county|东区||攀枝花市
#county|西区||攀枝花市
county|仁和区|仁和|攀枝花市
county|米易县|米易|攀枝花市
county|盐边县|盐边|攀枝花市
# 四川省 泸州市 (7)
county|江阳区|江阳|泸州市
county|纳溪区|纳溪|泸州市
county|龙马潭区|龙马潭|泸州市
county|泸县||泸州市
county|合江县|合江|泸州市
county|叙永县|叙永|泸州市
county|古蔺县|古蔺|泸州市
# 四川省 德阳市 (6)
county|旌阳区|旌阳|德阳市
county|罗江区|罗江|德阳市
county|中江县|中江|德阳市
county|广汉市|广汉|德阳市
county|什邡市|什邡|德阳市
county|绵竹市|绵竹|德阳市
# 四川省 绵阳市 (9)
county|涪城区|涪城|绵阳市
county|游仙区|游仙|绵阳市
county|安州区|安州|绵阳市
county|三台县|三台|绵阳市
county|盐亭县|盐亭|绵阳市
county|梓潼县|梓潼|绵阳市
county|北川羌族自治县|北川|绵阳市
county|平武县|平武|绵阳市
county|江油市|江油|绵阳市
# 四川省 广元市 (7)
county|利州区|利州|广元市
county|昭化区|昭化|广元市
county|朝天区||广元市
county|旺苍县|旺苍|广元市
county|青川县|青川|广元市
county|剑阁县|剑阁|广元市
county|苍溪县|苍溪|广元市
# 四川省 遂宁市 (5)
county|船山区|船山|遂宁市
county|安居区||遂宁市
county|蓬溪县|蓬溪|遂宁市
county|大英县|大英|遂宁市
county|射洪市|射洪|遂宁市
# 四川省 内江市 (5)
county|市中区||内江市
county|东兴区|东兴|内江市
county|威远县|威远|内江市
county|资中县|资中|内江市
county|隆昌市|隆昌|内江市
# 四川省 乐山市 (11)
county|市中区||乐山市
county|沙湾区|沙湾|乐山市
county|五通桥区|五通桥|乐山市
county|金口河区|金口河|乐山市
county|犍为县|犍为|乐山市
county|井研县|井研|乐山市
county|夹江县|夹江|乐山市
county|沐川县|沐川|乐山市
county|峨边彝族自治县|峨边|乐山市
county|马边彝族自治县|马边|乐山市
county|峨眉山市|峨眉山|乐山市
# 四川省 南充市 (9)
county|顺庆区|顺庆|南充市
county|高坪区|高坪|南充市
county|嘉陵区||南充市
county|南部县||南充市
county|营山县|营山|南充市
county|蓬安县|蓬安|南充市
county|仪陇县|仪陇|南充市
county|西充县|西充|南充市
county|阆中市|阆中|南充市
# 四川省 眉山市 (6)
county|东坡区||眉山市
county|彭山区|彭山|眉山市
county|仁寿县|仁寿|眉山市
county|洪雅县|洪雅|眉山市
county|丹棱县|丹棱|眉山市
county|青神县|青神|眉山市
# 四川省 宜宾市 (10)
county|翠屏区|翠屏|宜宾市
county|南溪区|南溪|宜宾市
county|叙州区|叙州|宜宾市
county|江安县|江安|宜宾市
county|长宁县||宜宾市
county|高县||宜宾市
county|珙县||宜宾市
county|筠连县|筠连|宜宾市
county|兴文县|兴文|宜宾市
county|屏山县|屏山|宜宾市
# 四川省 广安市 (6)
county|广安区||广安市
county|前锋区||广安市
county|岳池县|岳池|广安市
county|武胜县|武胜|广安市
county|邻水县|邻水|广安市
county|华蓥市|华蓥|广安市
# 四川省 达州市 (7)
county|通川区|通川|达州市
county|达川区|达川|达州市
county|宣汉县|宣汉|达州市
county|开江县|开江|达州市
county|大竹县|大竹|达州市
county|渠县||达州市
county|万源市|万源|达州市
# 四川省 雅安市 (8)
county|雨城区|雨城|雅安市
county|名山区||雅安市
county|荥经县|荥经|雅安市
county|汉源县|汉源|雅安市
county|石棉县||雅安市
county|天全县|天全|雅安市
county|芦山县|芦山|雅安市
county|宝兴县|宝兴|雅安市
# 四川省 巴中市 (5)
county|巴州区||巴中市
county|恩阳区|恩阳|巴中市
county|通江县|通江|巴中市
county|南江县|南江|巴中市
county|平昌县|平昌|巴中市
# 四川省 资阳市 (3)
county|雁江区|雁江|资阳市
county|安岳县|安岳|资阳市
county|乐至县|乐至|资阳市
# 四川省 阿坝藏族羌族自治州 (13)
county|马尔康市|马尔康|阿坝藏族羌族自治州
county|汶川县|汶川|阿坝藏族羌族自治州
county|理县||阿坝藏族羌族自治州
county|茂县||阿坝藏族羌族自治州
county|松潘县|松潘|阿坝藏族羌族自治州
county|九寨沟县|九寨沟|阿坝藏族羌族自治州
county|金川县|金川|阿坝藏族羌族自治州
county|小金县||阿坝藏族羌族自治州
county|黑水县|黑水|阿坝藏族羌族自治州
county|壤塘县|壤塘|阿坝藏族羌族自治州
county|阿坝县||阿坝藏族羌族自治州
county|若尔盖县|若尔盖|阿坝藏族羌族自治州
county|红原县|红原|阿坝藏族羌族自治州
# 四川省 甘孜藏族自治州 (18)
county|康定市|康定|甘孜藏族自治州
county|泸定县|泸定|甘孜藏族自治州
county|丹巴县|丹巴|甘孜藏族自治州
county|九龙县|九龙|甘孜藏族自治州
county|雅江县|雅江|甘孜藏族自治州
county|道孚县|道孚|甘孜藏族自治州
county|炉霍县|炉霍|甘孜藏族自治州
county|甘孜县||甘孜藏族自治州
county|新龙县|新龙|甘孜藏族自治州
county|德格县|德格|甘孜藏族自治州
county|白玉县|白玉|甘孜藏族自治州
county|石渠县|石渠|甘孜藏族自治州
county|色达县|色达|甘孜藏族自治州
county|理塘县|理塘|甘孜藏族自治州
county|巴塘县|巴塘|甘孜藏族自治州
county|乡城县|乡城|甘孜藏族自治州
county|稻城县|稻城|甘孜藏族自治州
county|得荣县|得荣|甘孜藏族自治州
# 四川省 凉山彝族自治州 (17)
county|西昌市|西昌|凉山彝族自治州
county|会理市|会理|凉山彝族自治州
county|木里藏族自治县|木里|凉山彝族自治州
county|盐源县|盐源|凉山彝族自治州
county|德昌县|德昌|凉山彝族自治州
county|会东县|会东|凉山彝族自治州
county|宁南县|宁南|凉山彝族自治州
county|普格县|普格|凉山彝族自治州
county|布拖县|布拖|凉山彝族自治州
county|金阳县|金阳|凉山彝族自治州
county|昭觉县|昭觉|凉山彝族自治州
county|喜德县|喜德|凉山彝族自治州
county|冕宁县|冕宁|凉山彝族自治州
county|越西县|越西|凉山彝族自治州
county|甘洛县|甘洛|凉山彝族自治州
county|美姑县|美姑|凉山彝族自治州
county|雷波县|雷波|凉山彝族自治州

# 贵州省 贵阳市 (10)
county|南明区|南明|贵阳市
county|云岩区|云岩|贵阳市
county|花溪区|花溪|贵阳市
county|乌当区|乌当|贵阳市
county|白云区||贵阳市
county|观山湖区|观山湖|贵阳市
county|开阳县|开阳|贵阳市
county|息烽县|息烽|贵阳市
county|修文县|修文|贵阳市
county|清镇市|清镇|贵阳市
# 贵州省 六盘水市 (4)
county|钟山区|钟山|六盘水市
county|六枝特区|六枝|六盘水市
county|水城区||六盘水市
county|盘州市|盘州|六盘水市
# 贵州省 遵义市 (14)
county|红花岗区|红花岗|遵义市
county|汇川区|汇川|遵义市
county|播州区|播州|遵义市
county|桐梓县|桐梓|遵义市
county|绥阳县|绥阳|遵义市
county|正安县|正安|遵义市
county|道真仡佬族苗族自治县|道真|遵义市
county|务川仡佬族苗族自治县|务川|遵义市
county|凤冈县|凤冈|遵义市
county|湄潭县|湄潭|遵义市
county|余庆县|余庆|遵义市
county|习水县|习水|遵义市
county|赤水市||遵义市
county|仁怀市|仁怀|遵义市
# 贵州省 安顺市 (6)
county|西秀区|西秀|安顺市
county|平坝区||安顺市
county|普定县|普定|安顺市
county|镇宁布依族苗族自治县|镇宁|安顺市
county|关岭布依族苗族自治县|关岭|安顺市
county|紫云苗族布依族自治县|紫云|安顺市
# 贵州省 毕节市 (8)
county|七星关区|七星关|毕节市
county|大方县||毕节市
county|金沙县||毕节市
county|织金县|织金|毕节市
county|纳雍县|纳雍|毕节市
county|威宁彝族回族苗族自治县|威宁|毕节市
county|赫章县|赫章|毕节市
county|黔西市|黔西|毕节市
# 贵州省 铜仁市 (10)
county|碧江区|碧江|铜仁市
county|万山区||铜仁市
county|江口县||铜仁市
county|玉屏侗族自治县|玉屏|铜仁市
county|石阡县|石阡|铜仁市
county|思南县|思南|铜仁市
county|印江土家族苗族自治县|印江|铜仁市
county|德江县|德江|铜仁市
county|沿河土家族自治县||铜仁市
county|松桃苗族自治县|松桃|铜仁市
# 贵州省 黔西南布依族苗族自治州 (8)
county|兴义市|兴义|黔西南布依族苗族自治州
county|兴仁市|兴仁|黔西南布依族苗族自治州
county|普安县|普安|黔西南布依族苗族自治州
county|晴隆县|晴隆|黔西南布依族苗族自治州
county|贞丰县|贞丰|黔西南布依族苗族自治州
county|望谟县|望谟|黔西南布依族苗族自治州
county|册亨县|册亨|黔西南布依族苗族自治州
county|安龙县|安龙|黔西南布依族苗族自治州
# 贵州省 黔东南苗族侗族自治州 (16)
county|凯里市|凯里|黔东南苗族侗族自治州
county|黄平县|黄平|黔东南苗族侗族自治州
county|施秉县|施秉|黔东南苗族侗族自治州
county|三穗县|三穗|黔东南苗族侗族自治州
county|镇远县|镇远|黔东南苗族侗族自治州
county|岑巩县|岑巩|黔东南苗族侗族自治州
county|天柱县|天柱|黔东南苗族侗族自治州
county|锦屏县|锦屏|黔东南苗族侗族自治州
county|剑河县|剑河|黔东南苗族侗族自治州
county|台江县|台江|黔东南苗族侗族自治州
county|黎平县|黎平|黔东南苗族侗族自治州
county|榕江县|榕江|黔东南苗族侗族自治州
county|从江县|从江|黔东南苗族侗族自治州
county|雷山县|雷山|黔东南苗族侗族自治州
county|麻江县|麻江|黔东南苗族侗族自治州
county|丹寨县|丹寨|黔东南苗族侗族自治州
# 贵州省 黔南布依族苗族自治州 (12)
county|都匀市|都匀|黔南布依族苗族自治州
county|福泉市|福泉|黔南布依族苗族自治州
county|荔波县|荔波|黔南布依族苗族自治州
county|贵定县|贵定|黔南布依族苗族自治州
county|瓮安县|瓮安|黔南布依族苗族自治州
county|独山县|独山|黔南布依族苗族自治州
county|平塘县|平塘|黔南布依族苗族自治州
county|罗甸县|罗甸|黔南布依族苗族自治州
county|长顺县|长顺|黔南布依族苗族自治州
county|龙里县|龙里|黔南布依族苗族自治州
county|惠水县|惠水|黔南布依族苗族自治州
county|三都水族自治县|三都|黔南布依族苗族自治州

# 云南省 昆明市 (14)
county|五华区|五华|昆明市
county|盘龙区||昆明市
county|官渡区|官渡|昆明市
county|西山区||昆明市
county|东川区|东川|昆明市
county|呈贡区|呈贡|昆明市
county|晋宁区|晋宁|昆明市
county|富民县||昆明市
county|宜良县|宜良|昆明市
county|石林彝族自治县|石林|昆明市
county|嵩明县|嵩明|昆明市
county|禄劝彝族苗族自治县|禄劝|昆明市
county|寻甸回族彝族自治县|寻甸|昆明市
county|安宁市||昆明市
# 云南省 曲靖市 (9)
county|麒麟区|麒麟|曲靖市
county|沾益区|沾益|曲靖市
county|马龙区|马龙|曲靖市
county|陆良县|陆良|曲靖市
county|师宗县|师宗|曲靖市
county|罗平县|罗平|曲靖市
county|富源县|富源|曲靖市
county|会泽县|会泽|曲靖市
county|宣威市|宣威|曲靖市
# 云南省 玉溪市 (9)
county|红塔区|红塔|玉溪市
county|江川区|江川|玉溪市
county|通海县|通海|玉溪市
county|华宁县|华宁|玉溪市
county|易门县|易门|玉溪市
county|峨山彝族自治县|峨山|玉溪市
county|新平彝族傣族自治县||玉溪市
county|元江哈尼族彝族傣族自治县|元江|玉溪市
county|澄江市|澄江|玉溪市
# 云南省 保山市 (5)
county|隆阳区|隆阳|保山市
county|施甸县|施甸|保山市
county|龙陵县|龙陵|保山市
county|昌宁县|昌宁|保山市
county|腾冲市|腾冲|保山市
# 云南省 昭通市 (11)
county|昭阳区|昭阳|昭通市
county|鲁甸县|鲁甸|昭通市
county|巧家县|巧家|昭通市
county|盐津县|盐津|昭通市
county|大关县||昭通市
county|永善县|永善|昭通市
county|绥江县|绥江|昭通市
county|镇雄县|镇雄|昭通市
county|彝良县|彝良|昭通市
county|威信县||昭通市
county|水富市|水富|昭通市
# 云南省 丽江市 (5); 古城区 is an ordinary word (like 老城区), kept as a comment
#county|古城区||丽江市
county|玉龙纳西族自治县|玉龙|丽江市
county|永胜县|永胜|丽江市
county|华坪县|华坪|丽江市
county|宁蒗彝族自治县|宁蒗|丽江市
# 云南省 普洱市 (10)
county|思茅区|思茅|普洱市
county|宁洱哈尼族彝族自治县|宁洱|普洱市
county|墨江哈尼族自治县|墨江|普洱市
county|景东彝族自治县|景东|普洱市
county|景谷傣族彝族自治县|景谷|普洱市
county|镇沅彝族哈尼族拉祜族自治县|镇沅|普洱市
county|江城哈尼族彝族自治县||普洱市
county|孟连傣族拉祜族佤族自治县|孟连|普洱市
county|澜沧拉祜族自治县||普洱市
county|西盟佤族自治县|西盟|普洱市
# 云南省 临沧市 (8)
county|临翔区|临翔|临沧市
county|凤庆县|凤庆|临沧市
county|云县||临沧市
county|永德县|永德|临沧市
county|镇康县|镇康|临沧市
county|双江拉祜族佤族布朗族傣族自治县|双江|临沧市
county|耿马傣族佤族自治县|耿马|临沧市
county|沧源佤族自治县|沧源|临沧市
# 云南省 楚雄彝族自治州 (10)
county|楚雄市||楚雄彝族自治州
county|禄丰市|禄丰|楚雄彝族自治州
county|双柏县|双柏|楚雄彝族自治州
county|牟定县|牟定|楚雄彝族自治州
county|南华县|南华|楚雄彝族自治州
county|姚安县|姚安|楚雄彝族自治州
county|大姚县|大姚|楚雄彝族自治州
county|永仁县|永仁|楚雄彝族自治州
county|元谋县|元谋|楚雄彝族自治州
county|武定县|武定|楚雄彝族自治州
# 云南省 红河哈尼族彝族自治州 (13)
county|个旧市|个旧|红河哈尼族彝族自治州
county|开远市|开远|红河哈尼族彝族自治州
county|蒙自市|蒙自|红河哈尼族彝族自治州
county|弥勒市|弥勒|红河哈尼族彝族自治州
county|屏边苗族自治县|屏边|红河哈尼族彝族自治州
county|建水县||红河哈尼族彝族自治州
county|石屏县|石屏|红河哈尼族彝族自治州
county|泸西县|泸西|红河哈尼族彝族自治州
county|元阳县|元阳|红河哈尼族彝族自治州
county|红河县||红河哈尼族彝族自治州
county|金平苗族瑶族傣族自治县|金平|红河哈尼族彝族自治州
county|绿春县|绿春|红河哈尼族彝族自治州
county|河口瑶族自治县||红河哈尼族彝族自治州
# 云南省 文山壮族苗族自治州 (8)
county|文山市||文山壮族苗族自治州
county|砚山县|砚山|文山壮族苗族自治州
county|西畴县|西畴|文山壮族苗族自治州
county|麻栗坡县|麻栗坡|文山壮族苗族自治州
county|马关县|马关|文山壮族苗族自治州
county|丘北县|丘北|文山壮族苗族自治州
county|广南县|广南|文山壮族苗族自治州
county|富宁县|富宁|文山壮族苗族自治州
# 云南省 西双版纳傣族自治州 (3)
county|景洪市|景洪|西双版纳傣族自治州
county|勐海县|勐海|西双版纳傣族自治州
county|勐腊县|勐腊|西双版纳傣族自治州
# 云南省 大理白族自治州 (12)
county|大理市||大理白族自治州
county|漾濞彝族自治县|漾濞|大理白族自治州
county|祥云县|祥云|大理白族自治州
county|宾川县|宾川|大理白族自治州
county|弥渡县|弥渡|大理白族自治州
county|南涧彝族自治县|南涧|大理白族自治州
county|巍山彝族回族自治县|巍山|大理白族自治州
county|永平县|永平|大理白族自治州
county|云龙县|云龙|大理白族自治州
county|洱源县|洱源|大理白族自治州
county|剑川县|剑川|大理白族自治州
county|鹤庆县|鹤庆|大理白族自治州
# 云南省 德宏傣族景颇族自治州 (5)
county|瑞丽市|瑞丽|德宏傣族景颇族自治州
county|芒市||德宏傣族景颇族自治州
county|梁河县|梁河|德宏傣族景颇族自治州
county|盈江县|盈江|德宏傣族景颇族自治州
county|陇川县|陇川|德宏傣族景颇族自治州
# 云南省 怒江傈僳族自治州 (4)
county|泸水市|泸水|怒江傈僳族自治州
county|福贡县|福贡|怒江傈僳族自治州
county|贡山独龙族怒族自治县|贡山|怒江傈僳族自治州
county|兰坪白族普米族自治县|兰坪|怒江傈僳族自治州
# 云南省 迪庆藏族自治州 (3)
county|香格里拉市|香格里拉|迪庆藏族自治州
county|德钦县|德钦|迪庆藏族自治州
county|维西傈僳族自治县|维西|迪庆藏族自治州

# 西藏自治区 拉萨市 (8)
county|城关区||拉萨市
county|堆龙德庆区|堆龙德庆|拉萨市
county|达孜区|达孜|拉萨市
county|林周县|林周|拉萨市
county|当雄县|当雄|拉萨市
county|尼木县|尼木|拉萨市
county|曲水县|曲水|拉萨市
county|墨竹工卡县|墨竹工卡|拉萨市
# 西藏自治区 日喀则市 (18)
county|桑珠孜区|桑珠孜|日喀则市
county|南木林县|南木林|日喀则市
county|江孜县|江孜|日喀则市
county|定日县|定日|日喀则市
county|萨迦县|萨迦|日喀则市
county|拉孜县|拉孜|日喀则市
county|昂仁县|昂仁|日喀则市
county|谢通门县|谢通门|日喀则市
county|白朗县|白朗|日喀则市
county|仁布县|仁布|日喀则市
county|康马县|康马|日喀则市
county|定结县|定结|日喀则市
county|仲巴县|仲巴|日喀则市
county|亚东县|亚东|日喀则市
county|吉隆县|吉隆|日喀则市
county|聂拉木县|聂拉木|日喀则市
county|萨嘎县|萨嘎|日喀则市
county|岗巴县|岗巴|日喀则市
# 西藏自治区 昌都市 (11)
county|卡若区|卡若|昌都市
county|江达县|江达|昌都市
county|贡觉县|贡觉|昌都市
county|类乌齐县|类乌齐|昌都市
county|丁青县|丁青|昌都市
county|察雅县|察雅|昌都市
county|八宿县|八宿|昌都市
county|左贡县|左贡|昌都市
county|芒康县|芒康|昌都市
county|洛隆县|洛隆|昌都市
county|边坝县|边坝|昌都市
# 西藏自治区 林芝市 (7); 米林县 became 米林市 in 2023
county|巴宜区|巴宜|林芝市
county|工布江达县|工布江达|林芝市
county|墨脱县|墨脱|林芝市
county|波密县|波密|林芝市
county|察隅县|察隅|林芝市
county|朗县||林芝市
county|米林市|米林|林芝市
# 西藏自治区 山南市 (12); 错那县 became 错那市 in 2023
county|乃东区|乃东|山南市
county|扎囊县|扎囊|山南市
county|贡嘎县|贡嘎|山南市
county|桑日县|桑日|山南市
county|琼结县|琼结|山南市
county|曲松县|曲松|山南市
county|措美县|措美|山南市
county|洛扎县|洛扎|山南市
county|加查县|加查|山南市
county|隆子县|隆子|山南市
county|浪卡子县|浪卡子|山南市
county|错那市|错那|山南市
# 西藏自治区 那曲市 (11); 比如 (比如县) is an ordinary word, no short form
county|色尼区|色尼|那曲市
county|嘉黎县|嘉黎|那曲市
county|比如县||那曲市
county|聂荣县|聂荣|那曲市
county|安多县|安多|那曲市
county|申扎县|申扎|那曲市
county|索县||那曲市
county|班戈县|班戈|那曲市
county|巴青县|巴青|那曲市
county|尼玛县|尼玛|那曲市
county|双湖县|双湖|那曲市
# 西藏自治区 阿里地区 (7)
county|普兰县|普兰|阿里地区
county|札达县|札达|阿里地区
county|噶尔县|噶尔|阿里地区
county|日土县|日土|阿里地区
county|革吉县|革吉|阿里地区
county|改则县|改则|阿里地区
county|措勤县|措勤|阿里地区

# 陕西省 西安市 (13); 新城区 is an ordinary word, kept as a comment
#county|新城区||西安市
county|碑林区|碑林|西安市
county|莲湖区|莲湖|西安市
county|灞桥区|灞桥|西安市
county|未央区|未央|西安市
county|雁塔区|雁塔|西安市
county|阎良区|阎良|西安市
county|临潼区|临潼|西安市
county|长安区||西安市
county|高陵区|高陵|西安市
county|鄠邑区|鄠邑|西安市
county|蓝田县|蓝田|西安市
county|周至县|周至|西安市
# 陕西省 铜川市 (4)
county|王益区|王益|铜川市
county|印台区|印台|铜川市
county|耀州区|耀州|铜川市
county|宜君县|宜君|铜川市
# 陕西省 宝鸡市 (12)
county|渭滨区|渭滨|宝鸡市
county|金台区|金台|宝鸡市
county|陈仓区|陈仓|宝鸡市
county|凤翔区|凤翔|宝鸡市
county|岐山县|岐山|宝鸡市
county|扶风县|扶风|宝鸡市
county|眉县||宝鸡市
county|陇县||宝鸡市
county|千阳县|千阳|宝鸡市
county|麟游县|麟游|宝鸡市
county|凤县||宝鸡市
county|太白县|太白|宝鸡市
# 陕西省 咸阳市 (14)
county|秦都区|秦都|咸阳市
county|杨陵区|杨陵|咸阳市
county|渭城区|渭城|咸阳市
county|三原县|三原|咸阳市
county|泾阳县|泾阳|咸阳市
county|乾县||咸阳市
county|礼泉县|礼泉|咸阳市
county|永寿县|永寿|咸阳市
county|长武县|长武|咸阳市
county|旬邑县|旬邑|咸阳市
county|淳化县|淳化|咸阳市
county|武功县|武功|咸阳市
county|兴平市|兴平|咸阳市
county|彬州市|彬州|咸阳市
# 陕西省 渭南市 (11)
county|临渭区|临渭|渭南市
county|华州区|华州|渭南市
county|潼关县|潼关|渭南市
county|大荔县|大荔|渭南市
county|合阳县|合阳|渭南市
county|澄城县|澄城|渭南市
county|蒲城县|蒲城|渭南市
county|白水县|白水|渭南市
county|富平县|富平|渭南市
county|韩城市|韩城|渭南市
county|华阴市|华阴|渭南市
# 陕西省 延安市 (13); 延长 (延长县) is an ordinary word, no short form
county|宝塔区|宝塔|延安市
county|安塞区|安塞|延安市
county|延长县||延安市
county|延川县|延川|延安市
county|志丹县|志丹|延安市
county|吴起县|吴起|延安市
county|甘泉县|甘泉|延安市
county|富县||延安市
county|洛川县|洛川|延安市
county|宜川县|宜川|延安市
county|黄龙县|黄龙|延安市
county|黄陵县|黄陵|延安市
county|子长市|子长|延安市
# 陕西省 汉中市 (11)
county|汉台区|汉台|汉中市
county|南郑区|南郑|汉中市
county|城固县|城固|汉中市
county|洋县||汉中市
county|西乡县|西乡|汉中市
county|勉县||汉中市
county|宁强县|宁强|汉中市
county|略阳县|略阳|汉中市
county|镇巴县|镇巴|汉中市
county|留坝县|留坝|汉中市
county|佛坪县|佛坪|汉中市
# 陕西省 榆林市 (12)
county|榆阳区|榆阳|榆林市
county|横山区|横山|榆林市
county|府谷县|府谷|榆林市
county|靖边县|靖边|榆林市
county|定边县|定边|榆林市
county|绥德县|绥德|榆林市
county|米脂县|米脂|榆林市
county|佳县||榆林市
county|吴堡县|吴堡|榆林市
county|清涧县|清涧|榆林市
county|子洲县|子洲|榆林市
county|神木市|神木|榆林市
# 陕西省 安康市 (10)
county|汉滨区|汉滨|安康市
county|汉阴县|汉阴|安康市
county|石泉县|石泉|安康市
county|宁陕县|宁陕|安康市
county|紫阳县|紫阳|安康市
county|岚皋县|岚皋|安康市
county|平利县|平利|安康市
county|镇坪县|镇坪|安康市
county|白河县|白河|安康市
county|旬阳市|旬阳|安康市
# 陕西省 商洛市 (7)
county|商州区|商州|商洛市
county|洛南县|洛南|商洛市
county|丹凤县|丹凤|商洛市
county|商南县|商南|商洛市
county|山阳县|山阳|商洛市
county|镇安县|镇安|商洛市
county|柞水县|柞水|商洛市

# 甘肃省 兰州市 (8)
county|城关区||兰州市
county|七里河区|七里河|兰州市
county|西固区|西固|兰州市
county|安宁区||兰州市
county|红古区|红古|兰州市
county|永登县|永登|兰州市
county|皋兰县|皋兰|兰州市
county|榆中县|榆中|兰州市
# 甘肃省 嘉峪关市 (0; not divided into county-level units)
# 甘肃省 金昌市 (2)
county|金川区|金川|金昌市
county|永昌县|永昌|金昌市
# 甘肃省 白银市 (5); 白银区 has no short form: 白银 is the city
county|白银区||白银市
county|平川区|平川|白银市
county|靖远县|靖远|白银市
county|会宁县|会宁|白银市
county|景泰县|景泰|白银市
# 甘肃省 天水市 (7)
county|秦州区|秦州|天水市
county|麦积区|麦积|天水市
county|清水县||天水市
county|秦安县|秦安|天水市
county|甘谷县|甘谷|天水市
county|武山县|武山|天水市
county|张家川回族自治县|张家川|天水市
# 甘肃省 武威市 (4)
county|凉州区|凉州|武威市
county|民勤县|民勤|武威市
county|古浪县|古浪|武威市
county|天祝藏族自治县|天祝|武威市
# 甘肃省 张掖市 (6)
county|甘州区|甘州|张掖市
county|肃南裕固族自治县|肃南|张掖市
county|民乐县||张掖市
county|临泽县|临泽|张掖市
county|高台县|高台|张掖市
county|山丹县|山丹|张掖市
# 甘肃省 平凉市 (7)
county|崆峒区|崆峒|平凉市
county|泾川县|泾川|平凉市
county|灵台县|灵台|平凉市
county|崇信县|崇信|平凉市
county|庄浪县|庄浪|平凉市
county|静宁县|静宁|平凉市
county|华亭市|华亭|平凉市
# 甘肃省 酒泉市 (7)
county|肃州区|肃州|酒泉市
county|金塔县|金塔|酒泉市
county|瓜州县|瓜州|酒泉市
county|肃北蒙古族自治县|肃北|酒泉市
county|阿克塞哈萨克族自治县|阿克塞|酒泉市
county|玉门市|玉门|酒泉市
county|敦煌市|敦煌|酒泉市
# 甘肃省 庆阳市 (8)
county|西峰区|西峰|庆阳市
county|庆城县|庆城|庆阳市
county|环县||庆阳市
county|华池县|华池|庆阳市
county|合水县||庆阳市
county|正宁县|正宁|庆阳市
county|宁县||庆阳市
county|镇原县|镇原|庆阳市
# 甘肃省 定西市 (7)
county|安定区||定西市
county|通渭县|通渭|定西市
county|陇西县|陇西|定西市
county|渭源县|渭源|定西市
county|临洮县|临洮|定西市
county|漳县||定西市
county|岷县||定西市
# 甘肃省 陇南市 (9)
county|武都区|武都|陇南市
county|成县||陇南市
county|文县||陇南市
county|宕昌县|宕昌|陇南市
county|康县||陇南市
county|西和县|西和|陇南市
county|礼县||陇南市
county|徽县||陇南市
county|两当县|两当|陇南市
# 甘肃省 临夏回族自治州 (8); 临夏市 and 临夏县 have no short form: 临夏 is the prefecture
county|临夏市||临夏回族自治州
county|临夏县||临夏回族自治州
county|康乐县||临夏回族自治州
county|永靖县|永靖|临夏回族自治州
county|广河县|广河|临夏回族自治州
county|和政县||临夏回族自治州
county|东乡族自治县|东乡|临夏回族自治州
county|积石山保安族东乡族撒拉族自治县|积石山|临夏回族自治州
# 甘肃省 甘南藏族自治州 (8)
county|合作市||甘南藏族自治州
county|临潭县|临潭|甘南藏族自治州
county|卓尼县|卓尼|甘南藏族自治州
county|舟曲县|舟曲|甘南藏族自治州
county|迭部县|迭部|甘南藏族自治州
county|玛曲县|玛曲|甘南藏族自治州
county|碌曲县|碌曲|甘南藏族自治州
county|夏河县|夏河|甘南藏族自治州

# 青海省 西宁市 (7)
county|城东区||西宁市
county|城中区||西宁市
county|城西区||西宁市
county|城北区||西宁市
county|湟中区|湟中|西宁市
county|大通回族土族自治县||西宁市
county|湟源县|湟源|西宁市
# 青海省 海东市 (6)
county|乐都区|乐都|海东市
county|平安区||海东市
county|民和回族土族自治县||海东市
county|互助土族自治县||海东市
county|化隆回族自治县|化隆|海东市
county|循化撒拉族自治县|循化|海东市
# 青海省 海北藏族自治州 (4)
county|门源回族自治县|门源|海北藏族自治州
county|祁连县||海北藏族自治州
county|海晏县|海晏|海北藏族自治州
county|刚察县|刚察|海北藏族自治州
# 青海省 黄南藏族自治州 (4); 河南蒙古族自治县 has no short form: 河南 is the province
county|同仁市||黄南藏族自治州
county|尖扎县|尖扎|黄南藏族自治州
county|泽库县|泽库|黄南藏族自治州
county|河南蒙古族自治县||黄南藏族自治州
# 青海省 海南藏族自治州 (5)
county|共和县||海南藏族自治州
county|同德县||海南藏族自治州
county|贵德县|贵德|海南藏族自治州
county|兴海县|兴海|海南藏族自治州
county|贵南县|贵南|海南藏族自治州
# 青海省 果洛藏族自治州 (6)
county|玛沁县|玛沁|果洛藏族自治州
county|班玛县|班玛|果洛藏族自治州
county|甘德县|甘德|果洛藏族自治州
county|达日县|达日|果洛藏族自治州
county|久治县|久治|果洛藏族自治州
county|玛多县|玛多|果洛藏族自治州
# 青海省 玉树藏族自治州 (6); 玉树市 has no short form: 玉树 is the prefecture
county|玉树市||玉树藏族自治州
county|杂多县||玉树藏族自治州
county|称多县|称多|玉树藏族自治州
county|治多县|治多|玉树藏族自治州
county|囊谦县|囊谦|玉树藏族自治州
county|曲麻莱县|曲麻莱|玉树藏族自治州
# 青海省 海西蒙古族藏族自治州 (6; 大柴旦行政委员会 is not a county-level unit)
county|格尔木市|格尔木|海西蒙古族藏族自治州
county|德令哈市|德令哈|海西蒙古族藏族自治州
county|茫崖市|茫崖|海西蒙古族藏族自治州
county|乌兰县|乌兰|海西蒙古族藏族自治州
county|都兰县|都兰|海西蒙古族藏族自治州
county|天峻县|天峻|海西蒙古族藏族自治州

# 宁夏回族自治区 银川市 (6)
county|兴庆区|兴庆|银川市
county|西夏区|西夏|银川市
county|金凤区|金凤|银川市
county|永宁县|永宁|银川市
county|贺兰县||银川市
county|灵武市|灵武|银川市
# 宁夏回族自治区 石嘴山市 (3)
county|大武口区|大武口|石嘴山市
county|惠农区||石嘴山市
county|平罗县|平罗|石嘴山市
# 宁夏回族自治区 吴忠市 (5)
county|利通区|利通|吴忠市
county|红寺堡区|红寺堡|吴忠市
county|盐池县|盐池|吴忠市
county|同心县||吴忠市
county|青铜峡市|青铜峡|吴忠市
# 宁夏回族自治区 固原市 (5)
county|原州区|原州|固原市
county|西吉县|西吉|固原市
county|隆德县|隆德|固原市
county|泾源县|泾源|固原市
county|彭阳县|彭阳|固原市
# 宁夏回族自治区 中卫市 (3)
county|沙坡头区|沙坡头|中卫市
county|中宁县|中宁|中卫市
county|海原县|海原|中卫市

# 新疆维吾尔自治区 乌鲁木齐市 (8); 乌鲁木齐县 has no short form: 乌鲁木齐 is the city
county|天山区||乌鲁木齐市
county|沙依巴克区|沙依巴克|乌鲁木齐市
county|新市区||乌鲁木齐市
county|水磨沟区|水磨沟|乌鲁木齐市
county|头屯河区|头屯河|乌鲁木齐市
county|达坂城区|达坂城|乌鲁木齐市
county|米东区|米东|乌鲁木齐市
county|乌鲁木齐县||乌鲁木齐市
# 新疆维吾尔自治区 克拉玛依市 (4); 克拉玛依区 has no short form: 克拉玛依 is the city
county|独山子区|独山子|克拉玛依市
county|克拉玛依区||克拉玛依市
county|白碱滩区|白碱滩|克拉玛依市
county|乌尔禾区|乌尔禾|克拉玛依市
# 新疆维吾尔自治区 吐鲁番市 (3)
county|高昌区|高昌|吐鲁番市
county|鄯善县|鄯善|吐鲁番市
county|托克逊县|托克逊|吐鲁番市
# 新疆维吾尔自治区 哈密市 (3)
county|伊州区|伊州|哈密市
county|巴里坤哈萨克自治县|巴里坤|哈密市
county|伊吾县|伊吾|哈密市
# 新疆维吾尔自治区 昌吉回族自治州 (7); 昌吉市 has no short form: 昌吉 is the prefecture
county|昌吉市||昌吉回族自治州
county|阜康市|阜康|昌吉回族自治州
county|呼图壁县|呼图壁|昌吉回族自治州
county|玛纳斯县|玛纳斯|昌吉回族自治州
county|奇台县|奇台|昌吉回族自治州
county|吉木萨尔县|吉木萨尔|昌吉回族自治州
county|木垒哈萨克自治县|木垒|昌吉回族自治州
# 新疆维吾尔自治区 博尔塔拉蒙古自治州 (4)
county|博乐市|博乐|博尔塔拉蒙古自治州
county|阿拉山口市|阿拉山口|博尔塔拉蒙古自治州
county|精河县|精河|博尔塔拉蒙古自治州
county|温泉县||博尔塔拉蒙古自治州
# 新疆维吾尔自治区 巴音郭楞蒙古自治州 (9)
county|库尔勒市|库尔勒|巴音郭楞蒙古自治州
county|轮台县|轮台|巴音郭楞蒙古自治州
county|尉犁县|尉犁|巴音郭楞蒙古自治州
county|若羌县|若羌|巴音郭楞蒙古自治州
county|且末县|且末|巴音郭楞蒙古自治州
county|焉耆回族自治县|焉耆|巴音郭楞蒙古自治州
county|和静县|和静|巴音郭楞蒙古自治州
county|和硕县||巴音郭楞蒙古自治州
county|博湖县|博湖|巴音郭楞蒙古自治州
# 新疆维吾尔自治区 阿克苏地区 (9); 阿克苏市 has no short form: 阿克苏 is the prefecture
county|阿克苏市||阿克苏地区
county|库车市|库车|阿克苏地区
county|温宿县|温宿|阿克苏地区
county|沙雅县|沙雅|阿克苏地区
county|新和县||阿克苏地区
county|拜城县|拜城|阿克苏地区
county|乌什县|乌什|阿克苏地区
county|阿瓦提县|阿瓦提|阿克苏地区
county|柯坪县|柯坪|阿克苏地区
# 新疆维吾尔自治区 克孜勒苏柯尔克孜自治州 (4)
county|阿图什市|阿图什|克孜勒苏柯尔克孜自治州
county|阿克陶县|阿克陶|克孜勒苏柯尔克孜自治州
county|阿合奇县|阿合奇|克孜勒苏柯尔克孜自治州
county|乌恰县|乌恰|克孜勒苏柯尔克孜自治州
# 新疆维吾尔自治区 喀什地区 (12); 喀什市 has no short form: 喀什 is the prefecture
county|喀什市||喀什地区
county|疏附县|疏附|喀什地区
county|疏勒县|疏勒|喀什地区
county|英吉沙县|英吉沙|喀什地区
county|泽普县|泽普|喀什地区
county|莎车县|莎车|喀什地区
county|叶城县|叶城|喀什地区
county|麦盖提县|麦盖提|喀什地区
county|岳普湖县|岳普湖|喀什地区
county|伽师县|伽师|喀什地区
county|巴楚县|巴楚|喀什地区
county|塔什库尔干塔吉克自治县|塔什库尔干|喀什地区
# 新疆维吾尔自治区 和田地区 (8); 和田市 and 和田县 have no short form: 和田 is the prefecture
county|和田市||和田地区
county|和田县||和田地区
county|墨玉县|墨玉|和田地区
county|皮山县|皮山|和田地区
county|洛浦县|洛浦|和田地区
county|策勒县|策勒|和田地区
county|于田县|于田|和田地区
county|民丰县||和田地区
# 新疆维吾尔自治区 伊犁哈萨克自治州 (11 directly under the prefecture); 伊宁县 has no short form: 伊宁 is 伊宁市
county|伊宁市|伊宁|伊犁哈萨克自治州
county|奎屯市|奎屯|伊犁哈萨克自治州
county|霍尔果斯市|霍尔果斯|伊犁哈萨克自治州
county|伊宁县||伊犁哈萨克自治州
county|察布查尔锡伯自治县|察布查尔|伊犁哈萨克自治州
county|霍城县|霍城|伊犁哈萨克自治州
county|巩留县|巩留|伊犁哈萨克自治州
county|新源县|新源|伊犁哈萨克自治州
county|昭苏县|昭苏|伊犁哈萨克自治州
county|特克斯县|特克斯|伊犁哈萨克自治州
county|尼勒克县|尼勒克|伊犁哈萨克自治州
# 新疆维吾尔自治区 塔城地区 (7); 塔城市 has no short form: 塔城 is the prefecture
county|塔城市||塔城地区
county|乌苏市|乌苏|塔城地区
county|沙湾市|沙湾|塔城地区
county|额敏县|额敏|塔城地区
county|托里县|托里|塔城地区
county|裕民县|裕民|塔城地区
county|和布克赛尔蒙古自治县|和布克赛尔|塔城地区
# 新疆维吾尔自治区 阿勒泰地区 (7); 阿勒泰市 has no short form: 阿勒泰 is the prefecture
county|阿勒泰市||阿勒泰地区
county|布尔津县|布尔津|阿勒泰地区
county|富蕴县|富蕴|阿勒泰地区
county|福海县|福海|阿勒泰地区
county|哈巴河县|哈巴河|阿勒泰地区
county|青河县|青河|阿勒泰地区
county|吉木乃县|吉木乃|阿勒泰地区
# 新疆维吾尔自治区 自治区直辖县级市 (12; county-level cities governed directly by the region, with 兵团 divisions)
county|石河子市|石河子|新疆维吾尔自治区
county|阿拉尔市|阿拉尔|新疆维吾尔自治区
county|图木舒克市|图木舒克|新疆维吾尔自治区
county|五家渠市|五家渠|新疆维吾尔自治区
county|北屯市|北屯|新疆维吾尔自治区
county|铁门关市|铁门关|新疆维吾尔自治区
county|双河市|双河|新疆维吾尔自治区
county|可克达拉市|可克达拉|新疆维吾尔自治区
county|昆玉市|昆玉|新疆维吾尔自治区
county|胡杨河市|胡杨河|新疆维吾尔自治区
county|新星市||新疆维吾尔自治区
county|白杨市||新疆维吾尔自治区

# Ordinary words that contain a place name across their boundary. A line of kind `word` is
# matched like a place and then ignored, so that 振兴县域 is not 兴县 and 提高平台 is not 高平.
word|振兴||
word|示范||
word|长治久安||
word|朝阳产业||
word|幸福安康||
word|提高||
word|创新||
word|河北区域||
word|新县城||
word|相应||
word|阿里巴巴||
word|来宾||
word|扩大||
word|均衡||
word|构建||
word|中线||
word|固安全||
word|金融安||
word|资金安||
word|基金安||
word|投资中||
word|中小金||
word|日子长||
word|健康保||
word|健康县||
word|吉隆坡||
word|书香||
word|暴雨山||
word|和县城||
word|和县域||
word|和县级||
word|和县委||
word|成县级||
word|成县域||
word|成县城||
word|沿海城市||
word|新兴城市||
word|振兴区域||
word|普惠安||
word|确定日||
word|认定结||
word|每周至||
word|乡镇安||
word|城镇安||
word|推广平||
word|治安平||
word|和龙头||
word|共同安||
word|适宜城||
word|适应城||
word|公开平||
word|贡献县||
word|繁荣县||
word|管理县||
word|治理县||
word|丹霞||
word|成渝中||
"""#
}
