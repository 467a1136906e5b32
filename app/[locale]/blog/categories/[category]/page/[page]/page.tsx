import { topicListRoute } from "@/components/lists/topic-route";

/** Every page of the list; …/page/1 exists unlinked, with the first page as its canonical URL. */
const route = topicListRoute("category", { pages: true });

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
