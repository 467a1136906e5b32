import { topicListRoute } from "@/components/lists/topic-route";

const route = topicListRoute("author", { pages: false });

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
