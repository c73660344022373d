import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Roles } from '@livefair/core';
import type { ProductPage, ProductView } from '@livefair/protocol';
import { ListProductsQuery } from './dto/list-products.query';
import { ProductInputDto } from './dto/product-input.dto';
import { ProductEditor } from './product-editor.service';

/** The exhibitor's own catalog (every status). Errors: docs/catalog.md. */
@ApiTags('catalog')
@ApiBearerAuth()
@Roles('exhibitor')
@Controller('api/my/products')
export class MyProductsController {
  constructor(private readonly editor: ProductEditor) {}

  @Get()
  @ApiOperation({
    summary: "The caller's enterprise's products, newest edit first; filter by status, search titles and SKU codes",
  })
  list(@CurrentUser() user: Principal, @Query() query: ListProductsQuery): Promise<ProductPage> {
    return this.editor.list(user, query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a product (as a draft) with its SKUs' })
  create(@CurrentUser() user: Principal, @Body() dto: ProductInputDto): Promise<ProductView> {
    return this.editor.create(user, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of the enterprise’s products, in any status' })
  get(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<ProductView> {
    return this.editor.get(user, id);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Replace a product and its SKUs',
    description:
      'SKUs named by id (or by an existing code) keep their ids; SKUs left out are removed (kept for orders, shown nowhere).',
  })
  update(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: ProductInputDto): Promise<ProductView> {
    return this.editor.update(user, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish: the booth shows it and buyers can order it (needs a SKU)' })
  publish(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<ProductView> {
    return this.editor.setStatus(user, id, 'published');
  }

  @Post(':id/hide')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hide: off the booth and the live pin; orders already placed stand' })
  hide(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<ProductView> {
    return this.editor.setStatus(user, id, 'hidden');
  }

  @Post(':id/draft')
  @HttpCode(200)
  @ApiOperation({ summary: 'Back to draft (off the booth)' })
  draft(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<ProductView> {
    return this.editor.setStatus(user, id, 'draft');
  }
}
